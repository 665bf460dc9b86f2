using Hub.Core.Mining;

namespace Hub.Storage.Common;

/// <summary>What both engines check of a run's series points before writing them.</summary>
internal static class MiningSeriesPoints
{
    /// <summary>Refuses a point whose value or bounds are not finite numbers, naming its series and period.</summary>
    public static void Check(MiningSeriesPoint point)
    {
        if (!double.IsFinite(point.Value) || point.Lower is { } l && !double.IsFinite(l) || point.Upper is { } u && !double.IsFinite(u))
            throw new ArgumentException($"series '{point.Series}' has a value that is not a finite number for {IsoText.Date(point.Period)}");
    }
}
