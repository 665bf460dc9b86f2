using Hub.Core.Model;

namespace Hub.Storage.Tests;

public abstract class CheckpointStoreTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task An_operators_checkpoint_replaces_the_synced_one_and_the_audit_keeps_who_when_old_and_new()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(run, Some.Customers(1), checkpoint: "page-2"), Ct);

        var set = await db.Checkpoints.SetAsync("shop", "page-9", "cli:ann", "skip broken pages", Ct);
        Assert.Equal("page-9", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
        Assert.Equal(0, (await db.Checkpoints.GetAsync("shop", Ct))!.RunId);
        var reset = await db.Checkpoints.SetAsync("shop", null, "apikey:abcd1234", null, Ct);

        Assert.True((await db.Ingest.GetCheckpointAsync("shop", Ct)).IsStart);
        Assert.Null(await db.Checkpoints.GetAsync("shop", Ct));
        Assert.Equal(("page-2", "page-9", "cli:ann", "skip broken pages"), (set.OldValue, set.NewValue, set.Actor, set.Reason));
        Assert.Equal(("page-9", (string?)null), (reset.OldValue, reset.NewValue));
        var audit = await db.Checkpoints.ListChangesAsync("shop", 10, Ct);
        Assert.Equal([reset.Id, set.Id], audit.Select(c => c.Id));
        Assert.Equal(db.Clock.GetUtcNow(), audit[0].ChangedAt);
        Assert.Empty(await db.Checkpoints.ListChangesAsync("crm", 10, Ct));
    }

    [Fact]
    public async Task Operators_changing_a_checkpoint_at_once_each_record_the_value_the_other_left()
    {
        await using var db = await CreateDatabaseAsync();

        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => db.Checkpoints.SetAsync("shop", $"page-{i}", $"cli:op{i}", null, Ct)));

        var oldestFirst = (await db.Checkpoints.ListChangesAsync("shop", 10, Ct)).Reverse().ToList();
        Assert.Equal(6, oldestFirst.Count);
        Assert.Null(oldestFirst[0].OldValue);
        Assert.All(oldestFirst.Skip(1).Zip(oldestFirst), pair => Assert.Equal(pair.Second.NewValue, pair.First.OldValue));
        Assert.Equal(oldestFirst[^1].NewValue, (await db.Checkpoints.GetAsync("shop", Ct))!.Value);
    }

    [Fact]
    public async Task A_schedule_is_stored_with_its_connector_and_an_unknown_connector_is_reported()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Connectors.AddAsync(new ConnectorInstance("shop", "commerce", null, new Dictionary<string, string>(), new HashSet<string>(), db.Clock.GetUtcNow()), Ct);

        Assert.True(await db.Schedules.SetScheduleAsync("shop", "0 0/15 * * * ?", Ct));
        Assert.False(await db.Schedules.SetScheduleAsync("nope", "0 0/15 * * * ?", Ct));

        Assert.Equal("0 0/15 * * * ?", (await db.Connectors.GetAsync("shop", Ct))!.Schedule);
    }
}

public sealed class SqliteCheckpointStoreTests() : CheckpointStoreTests(StorageEngine.Sqlite);

public sealed class PostgresCheckpointStoreTests() : CheckpointStoreTests(StorageEngine.Postgres);
