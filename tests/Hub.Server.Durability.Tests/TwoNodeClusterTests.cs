using System.Globalization;
using Hub.Server.Tests;
using Hub.Testing;

namespace Hub.Server.Durability.Tests;

/// <summary>
/// Two <c>hub serve</c> processes over one PostgreSQL database, as two machines of a cluster would run: one scheduler
/// cluster fires each slot of a schedule on one node only, a node killed in the middle of a sync has that sync finished by
/// the other from its last checkpoint, and both nodes answer the API alike.
/// </summary>
public sealed class TwoNodeClusterTests : IDisposable
{
    private const int SlotSeconds = 5;
    private const int Slots = 20;
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Two_nodes_fire_each_slot_once_take_over_a_killed_nodes_sync_and_answer_the_api_alike()
    {
        var server = await PostgresServer.Require();
        var database = await server.CreateDatabaseAsync();
        var first = ClusterNode.Create(Path.Combine(_folder.Path, "node-1"), database);
        var second = ClusterNode.Create(Path.Combine(_folder.Path, "node-2"), database);
        var drop = Path.Combine(_folder.Path, "drop");
        LargeDrop.Write(drop);
        var tick = _folder.Write("tick/customers.csv", SampleCsv.Customers);
        (await first.RunAsync(LargeDrop.AddConnector("drop", drop))).AssertSuccess();
        (await first.RunAsync("connectors", "add", "tick", "--plugin", "files", "--set", $"path={Path.GetDirectoryName(tick)}",
            "--schedule", $"0/{SlotSeconds} * * * * ?")).AssertSuccess();
        var key = (await first.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;
        // What an uninterrupted single hub makes of the same data, worked out meanwhile: the slots take their time anyway.
        var expected = CleanClustersAsync(drop, Path.GetDirectoryName(tick)!);

        var nodes = new Dictionary<HubProcess, RunningHub> { [first] = await first.ServeAsync(), [second] = await second.ServeAsync() };
        try
        {
            // The slots counted are the twenty that start once both nodes serve.
            var window = NextSlot(DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));

            // A long sync, started on demand: whichever node fires it is killed once it has committed some batches.
            (await first.RunAsync("jobs", "trigger", "drop")).AssertSuccess();
            var running = await WaitForAsync(database, "drop", runs => runs.LastOrDefault() is { Inserted: > 0, Outcome: "Running" } run ? run : null);
            var victim = nodes.Single(node => running.Node.EndsWith($":{node.Value.ProcessId}", StringComparison.Ordinal));
            await victim.Value.KillAsync();
            var survivor = nodes.Keys.Single(node => node != victim.Key);

            // The survivor notices the missed check-ins, runs the sync again from its last checkpoint, and marks the dead run.
            var runs = await WaitForAsync(database, "drop", all => all.Any(r => r.Outcome == "Succeeded") && all.All(r => r.Outcome != "Running") ? all : null);
            Assert.Equal(("Interrupted", running.Id), (runs[0].Outcome, runs[0].Id));
            var recovered = Assert.Single(runs, r => r.Outcome == "Succeeded");
            Assert.Equal("recovery", recovered.Trigger);
            Assert.Equal(nodes[survivor].ProcessId.ToString(CultureInfo.InvariantCulture), recovered.Node.Split(':')[^1]);
            Assert.True(recovered.Read < LargeDrop.Rows, $"the recovered sync should resume from the checkpoint, not start over: read {recovered.Read}");
            Assert.Equal(LargeDrop.Rows, runs.Sum(r => r.Inserted));

            // The killed node comes back while the slots go on.
            nodes[victim.Key] = await victim.Key.ServeAsync();
            await Task.Delay(window + TimeSpan.FromSeconds(Slots * SlotSeconds + 2) - DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
            (await first.RunAsync("jobs", "pause", "tick")).AssertSuccess();

            AssertEachSlotFiredOnce(await ClusterRuns.OfAsync(database, "tick"), window);
            await AssertBothAnswerAlikeAsync(nodes.Values.ToList(), key);
        }
        finally
        {
            foreach (var node in nodes.Values) await node.DisposeAsync();
        }

        // Compared as groups of records: which connector's records were resolved first, and so numbered first, differs.
        var clean = await expected;
        Assert.Equal(LargeDrop.Rows + 3, clean.Count);
        Assert.Equal(clean, await ClustersAsync(first, Path.Combine(_folder.Path, "cluster.csv")));
        await server.DropDatabaseAsync(database);
    }

    // Never two scheduled runs in one slot, and at least 18 of the 20 slots fired. A run Quartz starts again on another node
    // after its node died is a recovery of its slot, not a firing of its own.
    private static void AssertEachSlotFiredOnce(List<ClusterRun> runs, DateTimeOffset window)
    {
        var slots = runs
            .Where(run => run.Trigger == "schedule" && run.StartedAt >= window && run.StartedAt < window + TimeSpan.FromSeconds(Slots * SlotSeconds))
            .GroupBy(run => (long)(run.StartedAt - window).TotalSeconds / SlotSeconds)
            .ToList();
        var twice = slots.Where(slot => slot.Count() > 1).Select(slot => $"slot {slot.Key}: runs {string.Join(", ", slot.Select(r => $"{r.Id} on {r.Node}"))}");
        Assert.Empty(twice);
        Assert.True(slots.Count >= 18, $"only {slots.Count} of {Slots} slots fired");
    }

    private static async Task AssertBothAnswerAlikeAsync(List<RunningHub> nodes, string key)
    {
        const string Query = "{ customers(first: 20) { totalCount edges { node { id displayName sources { source sourceId } } } } }";
        var answers = new List<string>();
        foreach (var node in nodes) answers.Add((await node.QueryAsync(Query, key)).GetRawText());
        Assert.Contains("\"totalCount\":", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0], answers[1]);
    }

    private async Task<List<string>> CleanClustersAsync(string drop, string tickFolder)
    {
        var clean = new HubProcess(Path.Combine(_folder.Path, "clean"));
        (await clean.RunAsync(LargeDrop.AddConnector("drop", drop))).AssertSuccess();
        (await clean.RunAsync("connectors", "add", "tick", "--plugin", "files", "--set", $"path={tickFolder}")).AssertSuccess();
        (await clean.RunAsync("sync", "drop")).AssertSuccess();
        (await clean.RunAsync("sync", "tick")).AssertSuccess();
        return await ClustersAsync(clean, Path.Combine(_folder.Path, "clean.csv"));
    }

    // Resolves and exports the clusters, then lists them as the sorted groups of source records that share a customer.
    private static async Task<List<string>> ClustersAsync(HubProcess hub, string csvPath)
    {
        (await hub.RunAsync("resolve")).AssertSuccess();
        (await hub.RunAsync("export", "clusters", csvPath)).AssertSuccess();
        return File.ReadLines(csvPath).Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(columns => columns[2], columns => $"{columns[0]}/{columns[1]}")
            .Select(group => string.Join('|', group.Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static DateTimeOffset NextSlot(DateTimeOffset after)
    {
        var seconds = after.ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(seconds + (SlotSeconds - seconds % SlotSeconds) % SlotSeconds);
    }

    private static async Task<T> WaitForAsync<T>(string database, string connectorId, Func<List<ClusterRun>, T?> found) where T : class
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(90); waited += TimeSpan.FromMilliseconds(20))
        {
            if (found(await ClusterRuns.OfAsync(database, connectorId)) is { } value) return value;
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"the runs of {connectorId} did not get there within 90 s: {string.Join("; ", await ClusterRuns.OfAsync(database, connectorId))}");
    }

    public void Dispose() => _folder.Dispose();
}
