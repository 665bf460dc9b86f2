using Hub.Contracts;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Storage.Tests;

public sealed class ConcurrencyTests
{
    private static CancellationToken Ct => TestDatabase.Ct;

    [Fact]
    public async Task Processes_migrating_a_new_file_at_once_all_succeed_and_apply_the_schema_once()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
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

        Assert.Equal(MigrationScripts.Count, await db.ScalarAsync<long>("SELECT count(*) FROM hub_migrations;"));
        Assert.Equal(0, await db.Queries.CountCustomersAsync(Ct));
    }

    [Fact]
    public async Task Batches_written_at_the_same_time_by_two_processes_are_all_kept()
    {
        await using var db = await TestDatabase.CreateAsync();
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

        Assert.Equal(10_000, await db.Queries.CountCustomerRecordsAsync(Ct));
        Assert.Equal(5000, (await db.Ingest.GetRunAsync(cliRun, Ct))!.Counts.Inserted);
        Assert.Equal("batch-9", (await db.Ingest.GetCheckpointAsync("crm", Ct)).Value);
    }
}
