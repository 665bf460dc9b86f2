namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// Normalises a measure to 0–1 as the share of the other customers with a strictly lower value. Ranks ignore how
/// skewed revenue or follower counts are, so one whale does not squash everyone else to zero; equal values get equal
/// ranks, and a measure nobody has (all zeros) gives everybody 0 rather than an arbitrary middle.
/// </summary>
public static class PercentileRank
{
    /// <summary>The rank of every value, in the same order.</summary>
    public static double[] Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ranks = new double[values.Count];
        if (values.Count == 1) ranks[0] = values[0] > 0 ? 1 : 0;
        if (values.Count <= 1) return ranks;

        // A value that is not a number says nothing; it ranks with the lowest rather than breaking the comparison of ties.
        var sorted = values.Select(value => double.IsNaN(value) ? double.NegativeInfinity : value).ToArray();
        var order = Enumerable.Range(0, values.Count).ToArray();
        Array.Sort(sorted, order);
        var others = values.Count - 1.0;
        for (var start = 0; start < sorted.Length;)
        {
            var end = start;
            while (end < sorted.Length && sorted[end] == sorted[start]) end++;
            // Every value before this run of equal values is strictly lower.
            for (var i = start; i < end; i++) ranks[order[i]] = start / others;
            start = end;
        }

        return ranks;
    }
}
