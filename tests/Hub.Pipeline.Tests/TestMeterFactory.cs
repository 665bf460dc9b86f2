using System.Diagnostics.Metrics;
using Hub.Pipeline.Runs;

namespace Hub.Pipeline.Tests;

/// <summary>Meters for parts built by hand in tests, where no service provider supplies a meter factory.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public static SyncMetrics SyncMetrics() => new(new TestMeterFactory());

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, this);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(m => m.Dispose());
}
