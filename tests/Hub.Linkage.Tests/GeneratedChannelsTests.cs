using Hub.SampleData;

namespace Hub.Linkage.Tests;

/// <summary>
/// The project's own generated customers of four channels (call center, shop, mobile app, GitHub), written by
/// Hub.SampleData with their truth. Needs no outside data, so it always runs.
/// </summary>
public sealed class GeneratedChannelsTests
{
    // A false merge shows one customer another's orders and calls, so precision is held higher than recall.
    private const double TargetPrecision = 0.98;
    private const double TargetF1 = 0.95;

    [Fact]
    public async Task Resolves_2000_customers_across_four_channels_precisely()
    {
        using var pipeline = new HubPipeline();
        var files = new SampleDataGenerator(new SampleDataOptions(Customers: 2000, Seed: 7)).WriteCsv(Path.Combine(pipeline.WorkFolder, "sample"));
        var truth = SampleTruth.Read(files);

        foreach (var source in SampleSources.All) await pipeline.ImportAsync(files.Customers(source).Path, source);
        var score = LinkageReport.Score("generated", await pipeline.ResolveAsync(), truth, PairScope.AllPairs);

        Assert.True(score.Precision >= TargetPrecision, $"generated pairwise precision {score.Precision:0.000} is below {TargetPrecision}");
        Assert.True(score.F1 >= TargetF1, $"generated pairwise F1 {score.F1:0.000} is below {TargetF1}");
    }
}
