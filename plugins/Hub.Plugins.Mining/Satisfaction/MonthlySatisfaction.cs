using Hub.Contracts;

namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>
/// CSAT and NPS per calendar month (UTC), overall and per group (an RFM segment): series <c>csat</c> and <c>nps</c>,
/// and <c>csat:GROUP</c>, <c>nps:GROUP</c>.
/// </summary>
internal sealed class MonthlySatisfaction
{
    public const string CsatSeries = "csat";
    public const string NpsSeries = "nps";

    private readonly Dictionary<(string Group, DateOnly Month), SatisfactionTally> tallies = [];

    /// <summary>Counts an answer into its month; <paramref name="group"/> null for the overall series.</summary>
    public void Add(string? group, SurveyAnswer answer)
    {
        var day = answer.At.UtcDateTime;
        var key = (group ?? "", new DateOnly(day.Year, day.Month, 1));
        if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new SatisfactionTally();
        tally.Add(answer);
    }

    public List<SeriesPoint> Points()
    {
        var points = new List<SeriesPoint>(tallies.Count * 2);
        foreach (var ((group, month), tally) in tallies.OrderBy(t => t.Key.Group, StringComparer.Ordinal).ThenBy(t => t.Key.Month))
        {
            if (tally.Csat is { } csat) points.Add(new SeriesPoint(SeriesName(CsatSeries, group), month, csat));
            if (tally.Nps is { } nps) points.Add(new SeriesPoint(SeriesName(NpsSeries, group), month, nps));
        }

        return points;
    }

    private static string SeriesName(string measure, string group) => group.Length == 0 ? measure : measure + ":" + group;
}
