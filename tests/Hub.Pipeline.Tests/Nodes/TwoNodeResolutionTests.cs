using Hub.Core.Storage;

namespace Hub.Pipeline.Tests.Nodes;

/// <summary>
/// Two nodes of a hub on one PostgreSQL database, each storing half of every source's customers and resolving, at the
/// same time as the other: they must end where one node that stores everything and resolves once ends, with every
/// record in exactly one customer and no number given to two.
/// </summary>
public sealed class TwoNodeResolutionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Several hundred records of 400 people in four sources, in batches of 40, about half of them through each node.
    private const int People = 400;
    private const int BatchSize = 40;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_nodes_ingesting_at_once_then_resolving_at_once_end_with_the_clustering_of_one_node(bool keepState)
    {
        var (first, second) = SampleBatches.ForTwoNodes(People, BatchSize, seed: 7);
        var expected = await TwoNodes.OneNodeAsync(first.Concat(second), Ct);
        await using var nodes = await TwoNodes.StartAsync(keepState, expected.Model, Ct);

        await Task.WhenAll(Task.Run(() => IngestAsync(nodes.First, first), Ct), Task.Run(() => IngestAsync(nodes.Second, second), Ct));
        await Task.WhenAll(ResolveAsync(nodes.First), ResolveAsync(nodes.Second));

        Clustering.AssertSame(expected.Clusters, await Clustering.ReadAsync(nodes.First.Services, Ct));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_nodes_each_resolving_after_every_batch_it_ingests_end_with_the_clustering_of_one_node(bool keepState)
    {
        var (first, second) = SampleBatches.ForTwoNodes(People, BatchSize, seed: 8);
        var expected = await TwoNodes.OneNodeAsync(first.Concat(second), Ct);
        await using var nodes = await TwoNodes.StartAsync(keepState, expected.Model, Ct);

        // As two running hubs resolve after each sync: every resolution overlaps the other node's ingest or resolution.
        var gaveUp = await Task.WhenAll(
            Task.Run(() => IngestAndResolveEachAsync(nodes.First, first), Ct), Task.Run(() => IngestAndResolveEachAsync(nodes.Second, second), Ct));

        // The last save was computed after every other save and every ingest (an earlier read would have been refused), so
        // it already holds every record, unless a node gave up after losing to the other too often and left records pending.
        TestContext.Current.TestOutputHelper?.WriteLine($"resolutions that gave up while both nodes ingested: {gaveUp.Sum()}");
        if (gaveUp.Sum() == 0) Clustering.AssertSame(expected.Clusters, await Clustering.ReadAsync(nodes.First.Services, Ct));
        await Task.WhenAll(ResolveAsync(nodes.First), ResolveAsync(nodes.Second));
        Clustering.AssertSame(expected.Clusters, await Clustering.ReadAsync(nodes.Second.Services, Ct));
    }

    private static async Task IngestAsync(HubNode node, IReadOnlyList<SampleBatch> batches)
    {
        foreach (var batch in batches) await node.IngestAsync(batch.Source, batch.Records, Ct);
    }

    private static Task ResolveAsync(HubNode node) => Task.Run(() => node.Resolution.ResolveAsync(full: false, Ct), Ct);

    // Returns how many resolutions gave up; a running hub logs that, and its records wait for the next resolution.
    private static async Task<int> IngestAndResolveEachAsync(HubNode node, IReadOnlyList<SampleBatch> batches)
    {
        var gaveUp = 0;
        foreach (var batch in batches)
        {
            await node.IngestAsync(batch.Source, batch.Records, Ct);
            try
            {
                await node.Resolution.ResolveAsync(full: false, Ct);
            }
            catch (StaleResolutionException)
            {
                gaveUp++;
            }
        }

        return gaveUp;
    }
}
