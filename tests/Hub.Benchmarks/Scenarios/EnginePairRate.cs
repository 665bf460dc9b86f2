using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// Reads the engine's own pairs-per-second figure out of its report ("compared 1,234 candidate pairs (567,890 pairs/s)").
/// The engine divides by the compare stage's exact time; the stage line rounds stages to hundredths of a second, too
/// coarse to recompute the rate from at small sizes.
/// </summary>
internal static partial class EnginePairRate
{
    /// <summary>The rate the report gives, or null when no line says it.</summary>
    public static double? Parse(IReadOnlyList<string> report)
    {
        foreach (var line in report)
        {
            var match = Rate().Match(line);
            if (match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate))
                return rate;
        }

        return null;
    }

    [GeneratedRegex(@"\(([0-9,.]+) pairs/s\)")]
    private static partial Regex Rate();
}
