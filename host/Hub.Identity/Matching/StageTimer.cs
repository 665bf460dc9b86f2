using System.Diagnostics;
using System.Globalization;

namespace Hub.Identity.Matching;

/// <summary>Times the engine's stages for its report, so an operator (and the benchmark) can see where a run's time goes.</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string Stage, double Seconds)> _stages = [];
    private TimeSpan _last;

    public void Done(string stage)
    {
        var now = _watch.Elapsed;
        _stages.Add((stage, (now - _last).TotalSeconds));
        _last = now;
    }

    public double Seconds(string stage) => _stages.Where(s => s.Stage == stage).Sum(s => s.Seconds);

    public override string ToString() =>
        string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Seconds:F2} s")));
}
