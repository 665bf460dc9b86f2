using System.Globalization;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// Reads the per-stage times out of the engine's report. The engine times its stages itself and only says so in text
/// (<c>stages: normalise 1.20 s, block 0.80 s, ...</c>); reading that line keeps the breakdown the engine's own rather
/// than a second guess at where its stage boundaries are.
/// </summary>
internal static class EngineStages
{
    private const string Prefix = "stages:";

    /// <summary>The stages in the order the engine ran them; empty when the report has no stage line it can read.</summary>
    public static IReadOnlyList<EngineStage> Parse(IReadOnlyList<string> report)
    {
        var line = report.FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        if (line is null) return [];
        var stages = new List<EngineStage>();
        foreach (var part in line[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // "golden records 0.41 s": the name may hold spaces, the figure is the last word before the unit.
            if (!part.EndsWith(" s", StringComparison.Ordinal)) return [];
            var body = part[..^2];
            var space = body.LastIndexOf(' ');
            if (space <= 0 || !double.TryParse(body[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) return [];
            stages.Add(new EngineStage(body[..space], TimeSpan.FromSeconds(seconds)));
        }

        return stages;
    }

    /// <summary>The time of the stage called <paramref name="name"/> (summed if the engine ran it more than once), or null.</summary>
    public static TimeSpan? Of(IReadOnlyList<EngineStage> stages, string name) =>
        stages.Any(s => s.Name == name) ? stages.Where(s => s.Name == name).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed) : null;

    public static TimeSpan Total(IReadOnlyList<EngineStage> stages) => stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
}
