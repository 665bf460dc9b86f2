namespace Hub.Linkage.Tests;

/// <summary>
/// The generated hard cases through the CLI: households and namesakes must stay apart, while one person's e-mail
/// aliases, phone formats and name scripts must come together. Needs no outside data, so it always runs.
/// </summary>
public sealed class HardCasesTests
{
    // A household merged into one customer shows each member the others' orders; precision matters more than recall.
    private const double TargetPrecision = 0.98;
    private const double TargetRecall = 0.95;
    private const int Seed = 20_240_611;

    // Enough failing examples to see the pattern without drowning the log.
    private const int ExamplesShown = 5;

    [Fact]
    public async Task Keeps_households_and_namesakes_apart_and_links_aliases_phone_formats_and_scripts()
    {
        using var pipeline = new HubPipeline();
        var cases = HardCaseGenerator.Generate(Seed);
        var folder = Path.Combine(pipeline.WorkFolder, "hard-cases");
        foreach (var (source, path) in cases.WriteCsv(folder)) await pipeline.ImportAsync(path, source);
        var clusters = await pipeline.ResolveAsync();
        var score = LinkageReport.Score("hard-cases", clusters, HardCaseSet.ReadTruth(folder), PairScope.AllPairs);

        var checks = new HardCaseChecks(cases, clusters);
        var merged = new Dictionary<HardCase, IReadOnlyList<string>>
        {
            [HardCase.Household] = checks.MergedGroups(HardCase.Household),
            [HardCase.Namesake] = checks.MergedGroups(HardCase.Namesake),
        };
        // Every case's split people are logged, since they explain the recall; only the must-link cases assert them.
        // Typos, like household members and namesakes left in pieces, count in the pairwise figures alone.
        var split = Enum.GetValues<HardCase>().ToDictionary(kind => kind, checks.SplitPersons);
        foreach (var (kind, failures) in merged) Log(checks.Summary(kind, failures, "merged customers"), failures);
        foreach (var (kind, failures) in split) Log(checks.Summary(kind, failures, "people split"), failures);

        Assert.True(score.Precision >= TargetPrecision, $"hard-cases pairwise precision {score.Precision:0.000} is below {TargetPrecision}");
        Assert.True(score.Recall >= TargetRecall, $"hard-cases pairwise recall {score.Recall:0.000} is below {TargetRecall}");
        AssertNone(merged[HardCase.Household], "household members were merged");
        AssertNone(merged[HardCase.Namesake], "namesakes were merged");
        AssertNone(split[HardCase.EmailAlias], "people with e-mail aliases were not linked");
        AssertNone(split[HardCase.PhoneFormat], "people with differently written phones were not linked");
        AssertNone(split[HardCase.Script], "people with names in two scripts or orders were not linked");
    }

    private static void Log(string summary, IReadOnlyList<string> failures)
    {
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(summary);
        foreach (var failure in failures.Take(ExamplesShown)) output?.WriteLine("  " + failure);
    }

    private static void AssertNone(IReadOnlyList<string> failures, string what) =>
        Assert.True(failures.Count == 0, $"{failures.Count} {what}, e.g.\n{string.Join('\n', failures.Take(ExamplesShown))}");
}
