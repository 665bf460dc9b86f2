namespace Hub.Identity.Matching;

/// <summary>
/// Generates the pairs to compare: every pair of records sharing a key under any blocking rule, each pair once.
/// A key shared by more records than the cap is skipped (and reported): one common value (a city, a birthday,
/// 王 + 北京) would otherwise make the comparison count explode, and such a key says little anyway.
/// </summary>
internal static class CandidatePairs
{
    /// <summary>The pairs, each packed as (smaller index &lt;&lt; 32 | larger index), sorted and distinct.</summary>
    public static ulong[] Generate(PreparedRecords records, IReadOnlyList<BlockingRule> rules, int maxBlockSize, BlockingReport report)
    {
        var pairs = new List<ulong>();
        var keyed = new (ulong Key, int Record)[records.Count];
        foreach (var rule in rules)
        {
            var first = rule.First(records);
            var second = rule.Second?.Invoke(records);
            var count = 0;
            for (var i = 0; i < records.Count; i++)
            {
                var key = BlockingRule.Key(first, second, i);
                if (key != 0) keyed[count++] = (key, i);
            }

            var span = keyed.AsSpan(0, count);
            span.Sort();
            long rulePairs = 0;
            var skipped = 0;
            for (var start = 0; start < count;)
            {
                var end = start + 1;
                while (end < count && span[end].Key == span[start].Key) end++;
                var size = end - start;
                if (size > maxBlockSize)
                {
                    skipped++;
                }
                else
                {
                    // Sorted by (key, record), so within a block the first index is always the smaller.
                    for (var x = start; x < end; x++)
                    {
                        for (var y = x + 1; y < end; y++) pairs.Add(((ulong)span[x].Record << 32) | (uint)span[y].Record);
                    }

                    rulePairs += size * (size - 1L) / 2;
                }

                start = end;
            }

            report.Rules.Add(new BlockingRuleReport(rule.Name, rulePairs, skipped));
        }

        var all = pairs.ToArray();
        Array.Sort(all);
        var distinct = all.Length == 0 ? 0 : 1;
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] != all[distinct - 1]) all[distinct++] = all[i];
        }

        report.DistinctPairs = distinct;
        return all[..distinct];
    }
}
