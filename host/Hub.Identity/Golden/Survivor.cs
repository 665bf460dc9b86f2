using System.Text;

namespace Hub.Identity.Golden;

/// <summary>Applies one survivorship rule to one field's candidate values.</summary>
internal static class Survivor
{
    /// <summary>
    /// The index of the winning value, or -1 when every value is empty. Candidates are in recency order (newest first,
    /// higher row id first on a tie), so the lower index always breaks a tie: every rule falls back to most recent.
    /// </summary>
    /// <param name="rule">A <see cref="SurvivorshipRules"/> name.</param>
    /// <param name="values">Trimmed values, null where a record has none.</param>
    /// <param name="sourceRanks">Each record's source priority rank (only read by <c>source-priority</c>).</param>
    public static int Choose(string rule, IReadOnlyList<string?> values, IReadOnlyList<int> sourceRanks) => rule switch
    {
        SurvivorshipRules.SourcePriority => Best(values, i => -sourceRanks[i]),
        SurvivorshipRules.Longest => Best(values, i => values[i]!.Length),
        SurvivorshipRules.MostFrequent => MostFrequent(values),
        _ => Best(values, _ => 0),
    };

    // The first non-empty value with the highest score; strict comparison keeps the earliest (most recent) on a tie.
    private static int Best(IReadOnlyList<string?> values, Func<int, int> score)
    {
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null) continue;
            var s = score(i);
            if (best < 0 || s > bestScore)
            {
                best = i;
                bestScore = s;
            }
        }

        return best;
    }

    private static int MostFrequent(IReadOnlyList<string?> values)
    {
        // Per folded value: how many records carry it and the most recent one that does, which is also what is shown.
        var groups = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value) continue;
            var key = Fold(value);
            groups[key] = groups.TryGetValue(key, out var g) ? (g.Count + 1, g.First) : (1, i);
        }

        var best = -1;
        var bestCount = 0;
        foreach (var (count, first) in groups.Values)
        {
            if (count > bestCount || (count == bestCount && first < best))
            {
                best = first;
                bestCount = count;
            }
        }

        return best;
    }

    // "Ann  Smith", "ann smith" and "ANN SMITH" are one value; so are "SW1A 1AA" and "sw1a1aa".
    private static string Fold(string value)
    {
        var folded = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c)) folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }
}
