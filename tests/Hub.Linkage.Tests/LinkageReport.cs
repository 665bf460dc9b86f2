namespace Hub.Linkage.Tests;

/// <summary>Scores a clustering the hub exported and logs the figures in one line, so they can be read from a test run.</summary>
internal static class LinkageReport
{
    public static LinkageScore Score(
        string name, IReadOnlyDictionary<RecordKey, string> exported, IReadOnlyDictionary<RecordKey, string> truth, PairScope scope)
    {
        // Every imported record must come back exactly once; otherwise the scores would describe a different data set.
        var missing = truth.Keys.Where(k => !exported.ContainsKey(k)).ToList();
        var unknown = exported.Keys.Where(k => !truth.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0 && unknown.Count == 0,
            $"{name}: the export has {exported.Count:N0} rows for {truth.Count:N0} imported records; " +
            $"missing {missing.Count:N0} (e.g. {string.Join(", ", missing.Take(5))}), " +
            $"unexpected {unknown.Count:N0} (e.g. {string.Join(", ", unknown.Take(5))})");

        var score = LinkageScore.Compute(exported, truth, scope);
        TestContext.Current.TestOutputHelper?.WriteLine(score.Describe(name));
        return score;
    }
}
