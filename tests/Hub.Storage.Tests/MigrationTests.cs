using Hub.Contracts;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Storage.Tests;

public abstract class MigrationTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Migrating_twice_is_harmless_and_data_survives_closing_and_reopening_the_database()
    {
        await using var db = await CreateDatabaseAsync();
        await db.ScalarAsync<long>("INSERT INTO connectors (id, plugin_id, created_at) VALUES ('shop', 'commerce', '2025-03-01T09:00:00.0000000Z') RETURNING 1;");

        await db.Database.MigrateAsync(Ct);
        await db.ReopenAsync();

        Assert.Equal("commerce", (await db.Connectors.GetAsync("shop", Ct))!.PluginId);
        Assert.Equal(MigrationScripts.CountFor(Engine), await db.ScalarAsync<long>("SELECT count(*) FROM hub_migrations;"));
    }

    [Fact]
    public async Task Ingested_data_survives_migrating_again_and_reopening()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(run, Some.Customers(3), checkpoint: "page-2"), Ct);

        await db.Database.MigrateAsync(Ct);
        await db.ReopenAsync();

        Assert.Equal(3, await db.Queries.CountCustomerRecordsAsync(Ct));
        Assert.Equal("page-2", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
    }

    [Fact]
    public async Task Tables_of_others_in_the_same_database_are_left_alone()
    {
        await using var db = await CreateDatabaseAsync();
        await db.ScalarAsync<long>("CREATE TABLE QRTZ_LOCKS (SCHED_NAME TEXT NOT NULL, LOCK_NAME TEXT NOT NULL); INSERT INTO QRTZ_LOCKS VALUES ('hub', 'TRIGGER_ACCESS');");

        await db.ReopenAsync();

        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM QRTZ_LOCKS;"));
    }

    [Fact]
    public async Task A_database_from_a_newer_hub_is_refused_with_a_message_that_says_so()
    {
        await using var db = await CreateDatabaseAsync();
        var engine = Engine == StorageEngine.Postgres ? "Postgres" : "Sqlite";
        await db.ScalarAsync<long>($"INSERT INTO hub_migrations (ScriptName, Applied) VALUES ('Hub.Storage.{engine}.Migrations.9999_future.sql', '2030-01-01') RETURNING 1;");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Database.MigrateAsync(Ct));

        Assert.Contains("newer version of the hub", error.Message);
        Assert.Contains("9999_future", error.Message);
    }

    [Fact]
    public async Task Two_hubs_migrating_a_new_database_at_once_apply_each_script_once()
    {
        await using var db = await CreateDatabaseAsync(migrate: false);
        await using var other = db.OpenAnother();

        await Task.WhenAll(db.Database.MigrateAsync(Ct), other.GetRequiredService<IHubDatabase>().MigrateAsync(Ct));

        Assert.Equal(MigrationScripts.CountFor(Engine), await db.ScalarAsync<long>("SELECT count(*) FROM hub_migrations;"));
        Assert.Null(await db.Database.CheckReadyAsync(Ct));
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(StorageEngine.Sqlite)
{
    [Fact]
    public async Task A_new_database_is_created_in_a_missing_folder_in_wal_mode()
    {
        await using var db = await CreateDatabaseAsync();

        Assert.True(File.Exists(db.Path));
        Assert.Equal("wal", await db.ScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.Equal(1, await db.ScalarAsync<long>("PRAGMA foreign_keys;"));
        Assert.Equal("sqlite", db.Database.Engine);
    }

    [Fact]
    public async Task Upgrading_a_resolved_database_leaves_its_resolved_records_not_pending_and_its_deletions_pending()
    {
        await using var db = await CreateDatabaseAsync(migrate: false);
        await db.MigrateThroughAsync(5);
        await db.Ingest.CommitBatchAsync(Some.Batch(await OlderRunAsync(db), Some.Customers(4)), Ct);
        await db.ScalarAsync<long>("UPDATE customer_records SET customer_number = 1 WHERE source_id IN ('c1', 'c2', 'c4');");
        // After the older hub's resolution: c1 changed, c2 and c4 were deleted, and c3 was never resolved.
        await db.Ingest.CommitBatchAsync(Some.Batch(await OlderRunAsync(db),
            [Some.Customer("c1", email: "moved@example.com"), new CustomerRecord { SourceId = "c2", IsDeleted = true }, new CustomerRecord { SourceId = "c4", IsDeleted = true }]), Ct);
        // A hub older still kept a deleted record's customer until the next resolution.
        await db.ScalarAsync<long>("UPDATE customer_records SET customer_number = 1 WHERE source_id = 'c4';");

        await db.ReopenAsync();

        var pending = await db.Identity.LoadPendingRecordsAsync(Ct);
        Assert.Equal("c3", Assert.Single(pending.Changed).SourceId);
        Assert.Equal([1L, 1L], pending.Deleted.Select(d => d.Revision));
        Assert.Equal(2, pending.Deleted.Select(d => d.RowId).Distinct().Count());
        Assert.Equal(0, pending.Generation);
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT resolved_revision FROM customer_records WHERE source_id = 'c1';"));
        Assert.Equal(MigrationScripts.Count, await db.ScalarAsync<long>("SELECT count(*) FROM hub_migrations;"));
    }

    // A run as the older schema stores it: today's StartRunAsync also writes columns later scripts added.
    private static Task<long> OlderRunAsync(TestDatabase db) => db.ScalarAsync<long>(
        "INSERT INTO runs (connector_id, source, trigger, started_at, outcome) VALUES ('shop', 'shop', 'cli', '2025-03-01T09:00:00.0000000Z', 'Running') RETURNING id;");
}

public sealed class PostgresMigrationTests() : MigrationTests(StorageEngine.Postgres)
{
    [Fact]
    public async Task The_schema_is_created_with_the_append_only_triggers_and_the_engine_says_postgres()
    {
        await using var db = await CreateDatabaseAsync();

        Assert.Equal("postgres", db.Database.Engine);
        Assert.Equal(2, await db.ScalarAsync<long>("SELECT count(*) FROM meta;"));
        Assert.Equal(3, await db.ScalarAsync<long>(
            "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN ('identity_decisions'::regclass, 'erasures'::regclass);"));
    }
}
