using Hub.Testing;

namespace Hub.Scheduling.Tests;

/// <summary>Two scheduler nodes over one PostgreSQL database, as two hub processes on PostgreSQL run them.</summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task Two_nodes_share_the_schedule_and_each_firing_runs_on_one_node_only()
    {
        var server = await PostgresServer.Require();
        var database = await server.CreateDatabaseAsync();
        // The hub stops before its database goes: a scheduler whose connections are cut retries them and never stops.
        try
        {
            await using var hub = TestHub.Create();
            var connectors = new InMemoryConnectorStore(Some.Connector("shop", "0/2 * * * * ?"));
            var first = new RecordingSyncRunner();
            var second = new RecordingSyncRunner();
            await hub.StartClusterNodeAsync(database, connectors, first);
            await hub.StartClusterNodeAsync(database, connectors, second);

            await Task.Delay(TimeSpan.FromSeconds(13), TestContext.Current.CancellationToken);

            // A firing every 2 s for about 12 s: each slot runs once, on whichever node took it, never on both.
            var slots = first.Calls.Concat(second.Calls).Select(call => Slot(call.At)).ToList();
            var trace = string.Join(" ", first.Calls.Select(c => "1@" + c.At.ToString("ss.fff")).Concat(second.Calls.Select(c => "2@" + c.At.ToString("ss.fff"))));
            Assert.True(slots.Count == slots.Distinct().Count(), $"a slot fired twice; the firings (node@second) were {trace}");
            Assert.InRange(slots.Count, 5, 7);
            Assert.All(first.Calls.Concat(second.Calls), call => Assert.Equal(("shop", "schedule"), (call.ConnectorId, call.Trigger)));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task When_one_node_stops_the_other_keeps_the_schedule_running()
    {
        var server = await PostgresServer.Require();
        var database = await server.CreateDatabaseAsync();
        // The hub stops before its database goes: a scheduler whose connections are cut retries them and never stops.
        try
        {
            await using var hub = TestHub.Create();
            var connectors = new InMemoryConnectorStore(Some.Connector("shop", "0/2 * * * * ?"));
            var first = new RecordingSyncRunner();
            var second = new RecordingSyncRunner();
            var leaving = await hub.StartClusterNodeAsync(database, connectors, first);
            await hub.StartClusterNodeAsync(database, connectors, second);
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

            await hub.StopAsync(leaving);
            var before = second.Calls.Count;
            await Task.Delay(TimeSpan.FromSeconds(7), TestContext.Current.CancellationToken);

            Assert.InRange(second.Calls.Count - before, 3, 5);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    // The 2-second slot a firing belongs to; a run starts within a moment of its slot's beginning.
    private static long Slot(DateTimeOffset at) => (at.ToUnixTimeMilliseconds() + 500) / 2000;
}
