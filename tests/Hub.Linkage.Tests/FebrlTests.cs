using Hub.Testing;
namespace Hub.Linkage.Tests;

/// <summary>
/// The Febrl benchmark through the CLI. Datasets 1-3 are deduplication within one file; dataset 4 is linkage
/// between two files of the same 5,000 people, where only cross-file pairs count.
/// </summary>
public sealed class FebrlTests
{
    // Febrl's corruptions are mild (typos, swapped fields, missing values); a record-linkage engine worth the name
    // recovers nearly all of them without false merges.
    private const double TargetF1 = 0.99;

    [Fact]
    public Task Dataset1_deduplicates_with_F1_of_at_least_99_percent() => DeduplicateAsync("dataset1.csv", "febrl1");

    [Fact]
    public Task Dataset2_deduplicates_with_F1_of_at_least_99_percent() => DeduplicateAsync("dataset2.csv", "febrl2");

    [Fact]
    public Task Dataset3_deduplicates_with_F1_of_at_least_99_percent() => DeduplicateAsync("dataset3.csv", "febrl3");

    [Fact]
    public async Task Dataset4_links_two_files_with_F1_of_at_least_99_percent()
    {
        var fileA = BenchmarkData.File("febrl/dataset4a.csv");
        var fileB = BenchmarkData.File("febrl/dataset4b.csv");
        using var pipeline = new HubPipeline();
        var truth = new Dictionary<RecordKey, string>();
        FebrlTruth.AddTo(truth, fileA, "febrl4a");
        FebrlTruth.AddTo(truth, fileB, "febrl4b");

        await pipeline.ImportAsync(fileA, "febrl4a", FebrlTruth.Map);
        await pipeline.ImportAsync(fileB, "febrl4b", FebrlTruth.Map);
        var score = LinkageReport.Score("febrl4", await pipeline.ResolveAsync(), truth, PairScope.CrossSource);

        Assert.True(score.F1 >= TargetF1, $"febrl4 pairwise F1 {score.F1:0.000} is below {TargetF1}");
    }

    private static async Task DeduplicateAsync(string fileName, string source)
    {
        var file = BenchmarkData.File("febrl/" + fileName);
        using var pipeline = new HubPipeline();
        var truth = new Dictionary<RecordKey, string>();
        FebrlTruth.AddTo(truth, file, source);

        await pipeline.ImportAsync(file, source, FebrlTruth.Map);
        var score = LinkageReport.Score(source, await pipeline.ResolveAsync(), truth, PairScope.AllPairs);

        Assert.True(score.F1 >= TargetF1, $"{source} pairwise F1 {score.F1:0.000} is below {TargetF1}");
    }
}
