using Hub.Testing;
using Microsoft.Extensions.Hosting;

namespace Hub.Scheduling.Tests;

/// <summary>Two scheduler nodes over one PostgreSQL database, as two hub processes on PostgreSQL run them.</summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task Two_nodes_share_the_schedule_and_each_firing_runs_on_one_node_only()
    {
        await WithTwoNodesAsync(async (_, first, second) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(13), TestContext.Current.CancellationToken);

            // A firing every 2 s for about 12 s: each slot runs once, on whichever node took it, never on both.
            var firings = first.Runner.Calls.Select(c => (Node: 1, c.At)).Concat(second.Runner.Calls.Select(c => (Node: 2, c.At))).ToList();
            var slots = firings.Select(f => Slot(f.At)).ToList();
            Assert.True(slots.Count == slots.Distinct().Count(),
                $"a slot fired twice; the firings (node@second) were {string.Join(" ", firings.Select(f => $"{f.Node}@{f.At:ss.fff}"))}");
            Assert.InRange(slots.Count, 5, 7);
            Assert.All(first.Runner.Calls.Concat(second.Runner.Calls), call => Assert.Equal(("shop", "schedule"), (call.ConnectorId, call.Trigger)));
        });
    }

    [Fact]
    public async Task When_one_node_stops_the_other_keeps_the_schedule_running()
    {
        await WithTwoNodesAsync(async (hub, first, second) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

            await hub.StopAsync(first.Host);
            var before = second.Runner.Calls.Count;
            await Task.Delay(TimeSpan.FromSeconds(7), TestContext.Current.CancellationToken);

            Assert.InRange(second.Runner.Calls.Count - before, 3, 5);
        });
    }

    private sealed record Node(IHost Host, RecordingSyncRunner Runner);

    // Two nodes on a fresh database, one connector scheduled every 2 s. The hubs stop before the database is dropped: a
    // scheduler whose connections are cut retries them and never stops.
    private static async Task WithTwoNodesAsync(Func<TestHub, Node, Node, Task> body)
    {
        var server = await PostgresServer.Require();
        var database = await server.CreateDatabaseAsync();
        try
        {
            await using var hub = TestHub.Create();
            var connectors = new InMemoryConnectorStore(Some.Connector("shop", "0/2 * * * * ?"));
            var first = new RecordingSyncRunner();
            var second = new RecordingSyncRunner();
            var firstHost = await hub.StartClusterNodeAsync(database, connectors, first);
            var secondHost = await hub.StartClusterNodeAsync(database, connectors, second);
            await body(hub, new Node(firstHost, first), new Node(secondHost, second));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    // The 2-second slot a firing belongs to; a run starts within a moment of its slot's beginning.
    private static long Slot(DateTimeOffset at) => (at.ToUnixTimeMilliseconds() + 500) / 2000;
}
