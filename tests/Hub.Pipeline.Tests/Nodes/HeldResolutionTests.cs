using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline.Tests.Nodes;

/// <summary>
/// One node resolves every record while the other, in the window between the first reading the store and saving,
/// stores and resolves new records or records an operator's merge or split: after both finish, nothing the second did is
/// lost. The first node's resolver is held in that window so that the overlap happens every time.
/// </summary>
public sealed class HeldResolutionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_full_resolution_does_not_replace_the_customers_another_node_resolved_after_it_read_the_records(bool keepState)
    {
        var (first, second) = SampleBatches.ForTwoNodes(people: 200, batchSize: 40, seed: 3);
        var expected = await TwoNodes.OneNodeAsync(first.Concat(second), Ct);
        await using var nodes = await TwoNodes.StartAsync(keepState, expected.Model, Ct);
        foreach (var batch in first) await nodes.First.IngestAsync(batch.Source, batch.Records, Ct);
        await nodes.First.Resolution.ResolveAsync(full: true, Ct);

        await WhileFirstResolvesEveryRecordAsync(nodes, async () =>
        {
            foreach (var batch in second) await nodes.Second.IngestAsync(batch.Source, batch.Records, Ct);
            await nodes.Second.Resolution.ResolveAsync(full: false, Ct);
        });

        Clustering.AssertSame(expected.Clusters, await Clustering.ReadAsync(nodes.First.Services, Ct));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_merge_recorded_on_one_node_while_the_other_resolves_every_record_holds_after_both_finish(bool keepState)
    {
        await using var nodes = await ResolvedAsync(keepState);
        var (a, b) = await TwoCustomersAsync(nodes.First);

        await WhileFirstResolvesEveryRecordAsync(nodes, () => nodes.Second.Operations.MergeAsync([a.Number, b.Number], "one person", "test", Ct));

        var customers = await CustomersOfAsync(nodes.First, a.Records.Concat(b.Records));
        Assert.True(customers.Count == 1, $"the merged records are in {customers.Count} customers: the merge was lost");
        await Clustering.ReadAsync(nodes.First.Services, Ct);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_split_recorded_on_one_node_while_the_other_resolves_every_record_holds_after_both_finish(bool keepState)
    {
        await using var nodes = await ResolvedAsync(keepState);
        var (number, records) = await CustomerOfSeveralRecordsAsync(nodes.First);
        var taken = records[0];

        await WhileFirstResolvesEveryRecordAsync(nodes, () => nodes.Second.Operations.SplitAsync(number, [taken], "two people", "test", Ct));

        var apart = await CustomersOfAsync(nodes.First, [taken]);
        var rest = await CustomersOfAsync(nodes.First, records.Skip(1));
        Assert.True(!apart.Overlaps(rest), $"{taken} is still with the records it was split from: the split was lost");
        await Clustering.ReadAsync(nodes.First.Services, Ct);
    }

    [Fact]
    public async Task A_decision_logged_while_a_node_resolves_every_record_is_honoured_by_that_resolution()
    {
        await using var nodes = await ResolvedAsync(keepState: true);
        var (a, b) = await TwoCustomersAsync(nodes.First);

        // The other node logs the merge and stops before resolving (it crashed, or lost its connection): the resolution
        // already running is the one to honour it.
        await WhileFirstResolvesEveryRecordAsync(nodes, () => nodes.Second.Decisions.AppendAsync(new IdentityDecision
        {
            Kind = DecisionKind.Merge,
            Records = [.. a.Records, .. b.Records],
            Reason = "one person",
            Actor = "test",
        }, Ct));

        Assert.Single(await CustomersOfAsync(nodes.First, a.Records.Concat(b.Records)));
    }

    // Holds the first node's next full resolution once it has read the store, runs the other node's work, then lets it save.
    private static async Task WhileFirstResolvesEveryRecordAsync(TwoNodes nodes, Func<Task> meanwhile)
    {
        var hold = nodes.First.Resolver.HoldNext();
        var resolving = Task.Run(() => nodes.First.Resolution.ResolveAsync(full: true, Ct), Ct);
        await hold.Reached.WaitAsync(Ct);
        try
        {
            await meanwhile();
        }
        finally
        {
            hold.Release();
        }

        await resolving;
    }

    // Both nodes on a database of generated customers that the first node has resolved.
    private static async Task<TwoNodes> ResolvedAsync(bool keepState)
    {
        var (first, second) = SampleBatches.ForTwoNodes(people: 150, batchSize: 100, seed: 5);
        var nodes = await TwoNodes.StartAsync(keepState, model: null, Ct);
        foreach (var batch in first.Concat(second)) await nodes.First.IngestAsync(batch.Source, batch.Records, Ct);
        await nodes.First.Resolution.ResolveAsync(full: true, Ct);
        return nodes;
    }

    private static async Task<((long Number, List<RecordRef> Records) A, (long Number, List<RecordRef> Records) B)> TwoCustomersAsync(HubNode node)
    {
        var byCustomer = await RecordsByCustomerAsync(node);
        var numbers = byCustomer.Keys.Order().Take(2).ToList();
        return ((numbers[0], byCustomer[numbers[0]]), (numbers[1], byCustomer[numbers[1]]));
    }

    private static async Task<(long Number, List<RecordRef> Records)> CustomerOfSeveralRecordsAsync(HubNode node)
    {
        var (number, records) = (await RecordsByCustomerAsync(node)).OrderBy(c => c.Key).First(c => c.Value.Count > 1);
        return (number, records);
    }

    private static async Task<Dictionary<long, List<RecordRef>>> RecordsByCustomerAsync(HubNode node) =>
        (await node.Identity.LoadCustomerRecordsAsync(Ct))
        .GroupBy(r => r.CustomerNumber!.Value)
        .ToDictionary(g => g.Key, g => g.Select(r => new RecordRef(r.Source, r.SourceId)).ToList());

    private static async Task<HashSet<long>> CustomersOfAsync(HubNode node, IEnumerable<RecordRef> records)
    {
        var wanted = records.ToHashSet();
        var numbers = new HashSet<long>();
        await foreach (var row in node.Services.GetRequiredService<ICustomerQueries>().ReadClustersAsync(Ct))
        {
            if (wanted.Contains(new RecordRef(row.Source, row.SourceId))) numbers.Add(row.CustomerNumber);
        }

        return numbers;
    }
}
