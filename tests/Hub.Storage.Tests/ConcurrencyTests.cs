using Hub.Contracts;
using Hub.Core.Storage;
using Hub.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Storage.Tests;

public abstract class ConcurrencyTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Processes_migrating_a_new_database_at_once_all_succeed_and_apply_the_schema_once()
    {
        await using var db = await CreateDatabaseAsync(migrate: false);
        var others = Enumerable.Range(0, 3).Select(_ => db.OpenAnother()).ToList();
        using var start = new Barrier(others.Count + 1);
        Task MigrateWhenAllAreReady(IHubDatabase database) => Task.Run(async () =>
        {
            start.SignalAndWait(Ct);
            await database.MigrateAsync(Ct);
        }, Ct);

        try
        {
            await Task.WhenAll(others.Select(o => o.GetRequiredService<IHubDatabase>()).Append(db.Database).Select(MigrateWhenAllAreReady));
        }
        finally
        {
            foreach (var other in others) await other.DisposeAsync();
        }

        Assert.Equal(Engine == StorageEngine.Postgres ? PostgresHubDatabase.KnownScripts().Count : MigrationScripts.Count, await db.ScalarAsync<long>("SELECT count(*) FROM hub_migrations;"));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customers;"));
    }

    [Fact]
    public async Task Batches_written_at_the_same_time_by_two_processes_are_all_kept()
    {
        await using var db = await CreateDatabaseAsync();
        await using var other = db.OpenAnother();
        var otherIngest = other.GetRequiredService<IIngestStore>();
        var serverRun = await db.Ingest.StartRunAsync("shop", "shop", "schedule", Ct);
        var cliRun = await otherIngest.StartRunAsync("crm", "crm", "cli", Ct);

        async Task WriteAsync(IIngestStore store, long run, string source)
        {
            for (var batch = 0; batch < 10; batch++)
            {
                var records = Some.Customers(500, from: batch * 500 + 1);
                await store.CommitBatchAsync(new IngestBatch(run, source, source, records, [], new Checkpoint("batch-" + batch), records.Count), Ct);
            }
        }

        await Task.WhenAll(Task.Run(() => WriteAsync(db.Ingest, serverRun, "shop"), Ct), Task.Run(() => WriteAsync(otherIngest, cliRun, "crm"), Ct));

        Assert.Equal(10_000, await db.LiveCustomerRecordsAsync());
        Assert.Equal(5000, (await db.Ingest.GetRunAsync(cliRun, Ct))!.Counts.Inserted);
        Assert.Equal("batch-9", (await db.Ingest.GetCheckpointAsync("crm", Ct)).Value);
    }
}

public sealed class SqliteConcurrencyTests() : ConcurrencyTests(StorageEngine.Sqlite);

public sealed class PostgresConcurrencyTests() : ConcurrencyTests(StorageEngine.Postgres)
{
    [Fact]
    public async Task Two_nodes_committing_batches_of_the_same_source_at_once_store_each_record_once_and_count_it_new_once()
    {
        await using var db = await CreateDatabaseAsync();
        await using var other = db.OpenAnother();
        var otherIngest = other.GetRequiredService<IIngestStore>();
        var firstRun = await db.Ingest.StartRunAsync("shop", "shop", "schedule", Ct);
        var secondRun = await otherIngest.StartRunAsync("shop", "shop", "schedule", Ct);
        var batches = Enumerable.Range(0, 4)
            .Select(b => (IReadOnlyList<SourceRecord>)[.. Some.Customers(500, from: b * 500 + 1), .. Enumerable.Range(b * 500 + 1, 500).Select(i => Some.Order("o" + i, "c" + i))])
            .ToList();

        // The two nodes go through the same batches in opposite orders, so they meet on every key.
        async Task WriteAsync(IIngestStore store, long run, IEnumerable<IReadOnlyList<SourceRecord>> order)
        {
            foreach (var records in order) await store.CommitBatchAsync(Some.Batch(run, records), Ct);
        }

        await Task.WhenAll(
            Task.Run(() => WriteAsync(db.Ingest, firstRun, batches), Ct),
            Task.Run(() => WriteAsync(otherIngest, secondRun, Enumerable.Reverse(batches)), Ct));

        Assert.Equal(2000, await db.ScalarAsync<long>("SELECT count(DISTINCT source_id) FROM customer_records;"));
        Assert.Equal(2000, await db.ScalarAsync<long>("SELECT count(*) FROM customer_records;"));
        Assert.Equal((2000, 2000), await db.LiveOrdersAsync());
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer_records WHERE revision <> 0;"));
        var first = (await db.Ingest.GetRunAsync(firstRun, Ct))!.Counts;
        var second = (await db.Ingest.GetRunAsync(secondRun, Ct))!.Counts;
        Assert.Equal((4000L, 0L, 4000L), (first.Inserted + second.Inserted, first.Updated + second.Updated, first.Unchanged + second.Unchanged));
    }
}
