using Hub.Contracts;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task While_a_run_writes_a_source_another_run_of_it_waits_for_the_run_and_a_lone_batch_of_it_does_not()
    {
        await using var db = await CreateDatabaseAsync();
        await using var otherNode = db.OpenAnother();
        var otherIngest = otherNode.GetRequiredService<IIngestStore>();
        var run = await db.StartRunAsync();
        Task<IBatchWriter> otherRun;
        await using (var writer = await db.Ingest.OpenBatchWriterAsync("shop", Ct))
        {
            await using (var started = writer.Start(Some.Batch(run, Some.Customers(5), checkpoint: "page-1"), Ct))
            {
                await started.CommitAsync(Ct);
            }

            otherRun = otherIngest.OpenBatchWriterAsync("shop", Ct);
            // A push between two batches of the run goes in at once, as would a batch of another source.
            await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(5, from: 6), connectorId: null), Ct);
            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            Assert.False(otherRun.IsCompleted, "another run's writer of the source opened while this run's was open");
            await using var last = writer.Start(Some.Batch(run, Some.Customers(5, from: 11), checkpoint: "page-2"), Ct);
            await last.CommitAsync(Ct);
        }

        await using (var opened = await otherRun.WaitAsync(TimeSpan.FromSeconds(30), Ct))
        {
            Assert.Equal(2, opened.Window);
        }

        Assert.Equal(15, await db.LiveCustomerRecordsAsync());
        Assert.Equal("page-2", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
    }
}
