using Hub.Contracts;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

/// <summary>
/// A run's batch writer (<see cref="IIngestStore.OpenBatchWriterAsync"/>): batches started together commit in order with their
/// checkpoints, and a batch started after one that fails is rolled back, on either engine (PostgreSQL writes two at once).
/// </summary>
public abstract class BatchWriterTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Batches_started_together_commit_in_order_with_their_checkpoints_and_counts()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        await using (var writer = await db.Ingest.OpenBatchWriterAsync("shop", Ct))
        {
            await using var first = writer.Start(Some.Batch(run, Some.Customers(300), checkpoint: "page-1"), Ct);
            await using var second = writer.Start(Some.Batch(run, Some.Customers(300, from: 301), checkpoint: "page-2"), Ct);
            Assert.Equal(300, (await first.CommitAsync(Ct)).Inserted);
            Assert.Equal("page-1", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
            Assert.Equal(300, (await second.CommitAsync(Ct)).Inserted);
        }

        Assert.Equal("page-2", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
        Assert.Equal(600, await db.LiveCustomerRecordsAsync());
        Assert.Equal(600, (await db.Ingest.GetRunAsync(run, Ct))!.Counts.Inserted);
    }

    [Fact]
    public async Task A_batch_started_after_one_that_fails_is_rolled_back_and_the_checkpoint_stays_before_both()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(run, Some.Customers(10), checkpoint: "page-1"), Ct);
        await using (var writer = await db.Ingest.OpenBatchWriterAsync("shop", Ct))
        {
            // The first batch names a run that does not exist, so its commit fails after its rows are written.
            var failing = writer.Start(Some.Batch(runId: 4242, Some.Customers(200, from: 11), checkpoint: "page-2"), Ct);
            var next = writer.Start(Some.Batch(run, Some.Customers(200, from: 211), checkpoint: "page-3"), Ct);
            await Assert.ThrowsAnyAsync<Exception>(() => failing.CommitAsync(Ct));
            await failing.DisposeAsync();
            await next.DisposeAsync();
        }

        Assert.Equal("page-1", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
        Assert.Equal(10, await db.LiveCustomerRecordsAsync());
        Assert.Equal(10, (await db.Ingest.GetRunAsync(run, Ct))!.Counts.Inserted);
    }
}

public sealed class SqliteBatchWriterTests() : BatchWriterTests(StorageEngine.Sqlite);

public sealed class PostgresBatchWriterTests() : BatchWriterTests(StorageEngine.Postgres)
{
    [Fact]
    public async Task While_a_run_writes_a_source_another_writer_of_that_source_waits_for_it_and_other_sources_go_on()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        var waiting = Task.CompletedTask;
        await using (var writer = await db.Ingest.OpenBatchWriterAsync("shop", Ct))
        {
            await using (var started = writer.Start(Some.Batch(run, Some.Customers(5), checkpoint: "page-1"), Ct))
            {
                await started.CommitAsync(Ct);
            }

            // Another node's batch of the same source, between two batches of the run: it waits for the whole run.
            waiting = db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(5, from: 6), connectorId: null), Ct);
            await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("crm-1")], connectorId: null) with { Source = "crm" }, Ct);
            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            Assert.False(waiting.IsCompleted, "a batch of the source was written while a run's writer of it was open");
        }

        await waiting.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(11, await db.LiveCustomerRecordsAsync());
    }
}
