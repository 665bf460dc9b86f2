using Hub.Core.Model;

namespace Hub.Storage.Tests;

public abstract class ConnectorStoreTests(StorageEngine engine) : StorageTests(engine)
{
    private static ConnectorInstance Shop(string id = "shop-eu") => new(
        id,
        "commerce",
        "0 0/15 * * * ?",
        new Dictionary<string, string> { ["url"] = "http://127.0.0.1:5081", ["token"] = "s3cret" },
        new HashSet<string> { "token" },
        new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_connector_is_added_read_back_listed_and_removed()
    {
        await using var db = await CreateDatabaseAsync();

        Assert.True(await db.Connectors.AddAsync(Shop(), Ct));
        Assert.True(await db.Connectors.AddAsync(Shop("crm") with { PluginId = "callcenter", Schedule = null }, Ct));

        var stored = await db.Connectors.GetAsync("shop-eu", Ct);
        Assert.NotNull(stored);
        Assert.Equal(("commerce", "0 0/15 * * * ?"), (stored.PluginId, stored.Schedule));
        Assert.Equal("s3cret", stored.Settings["token"]);
        Assert.Equal("http://127.0.0.1:5081", stored.Settings["url"]);
        Assert.Equal(["token"], stored.SecretNames);
        Assert.Equal(Shop().CreatedAt, stored.CreatedAt);
        Assert.Equal(["crm", "shop-eu"], (await db.Connectors.ListAsync(Ct)).Select(c => c.Id));

        Assert.True(await db.Connectors.RemoveAsync("shop-eu", Ct));
        Assert.False(await db.Connectors.RemoveAsync("shop-eu", Ct));
        Assert.Null(await db.Connectors.GetAsync("shop-eu", Ct));
    }

    [Fact]
    public async Task A_taken_id_is_refused_and_the_first_connector_is_kept()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Connectors.AddAsync(Shop(), Ct);

        Assert.False(await db.Connectors.AddAsync(Shop() with { PluginId = "github" }, Ct));
        Assert.Equal("commerce", (await db.Connectors.GetAsync("shop-eu", Ct))!.PluginId);
    }

    [Fact]
    public async Task Removing_a_connector_keeps_its_records_and_runs_but_a_new_one_with_its_id_starts_from_the_beginning()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Connectors.AddAsync(Shop(), Ct);
        var run = await db.StartRunAsync("shop-eu");
        await db.Ingest.CommitBatchAsync(Some.Batch(run, Some.Customers(2), checkpoint: "page-9", connectorId: "shop-eu"), Ct);

        await db.Connectors.RemoveAsync("shop-eu", Ct);
        await db.Connectors.AddAsync(Shop(), Ct);

        Assert.Equal(2, await db.Queries.CountCustomerRecordsAsync(Ct));
        Assert.NotNull(await db.Ingest.GetRunAsync(run, Ct));
        Assert.True((await db.Ingest.GetCheckpointAsync("shop-eu", Ct)).IsStart);
    }
}

public sealed class SqliteConnectorStoreTests() : ConnectorStoreTests(StorageEngine.Sqlite);

public sealed class PostgresConnectorStoreTests() : ConnectorStoreTests(StorageEngine.Postgres);
