using Hub.Contracts;

namespace Hub.Plugins.Mining.Rfm;

/// <summary>The RFM grading of a set of customers, by position in the list that was graded.</summary>
internal sealed class RfmGrades(Quintiles recency, Quintiles frequency, Quintiles monetary)
{
    public Quintiles Recency { get; } = recency;

    public Quintiles Frequency { get; } = frequency;

    public Quintiles Monetary { get; } = monetary;

    public int Count => Recency.Scores.Length;

    /// <summary>Quintile scores over every customer together; recency ranks fewer days higher.</summary>
    public static RfmGrades Of(IReadOnlyList<RfmFacts> facts)
    {
        var n = facts.Count;
        var recency = new double[n];
        var frequency = new double[n];
        var monetary = new double[n];
        for (var i = 0; i < n; i++)
        {
            // Negated so that "higher scores higher" holds for recency too; boundaries are negated back for display.
            recency[i] = -facts[i].DaysSinceLastOrder;
            frequency[i] = facts[i].Orders;
            monetary[i] = facts[i].Spend;
        }

        var r = Quintiles.Of(recency);
        var days = Array.ConvertAll(r.Boundaries, b => -b);
        return new RfmGrades(r with { Boundaries = days }, Quintiles.Of(frequency), Quintiles.Of(monetary));
    }

    public string SegmentOf(int index) =>
        RfmSegments.Of(Recency.Scores[index], Frequency.Scores[index], Monetary.Scores[index]);

    /// <summary>The code R·100 + F·10 + M, e.g. 545.</summary>
    public int CodeOf(int index) => Recency.Scores[index] * 100 + Frequency.Scores[index] * 10 + Monetary.Scores[index];

    /// <summary>The quintile boundaries as run parameters: recency in days (at or below scores above k), the others in orders and money.</summary>
    public IReadOnlyDictionary<string, double> Parameters()
    {
        var parameters = new Dictionary<string, double>();
        Add(parameters, MiningScores.Rfm.Recency, Recency);
        Add(parameters, MiningScores.Rfm.Frequency, Frequency);
        Add(parameters, MiningScores.Rfm.Monetary, Monetary);
        parameters[MiningScores.Rfm.Miner + ".customers"] = Count;
        return parameters;
    }

    private static void Add(Dictionary<string, double> parameters, string prefix, Quintiles quintiles)
    {
        for (var k = 0; k < quintiles.Boundaries.Length; k++)
        {
            if (quintiles.Boundaries[k] is { } boundary) parameters[$"{prefix}.q{k + 1}"] = boundary;
        }
    }
}
