using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

public abstract class BatchTransactionTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Quarantined_input_is_kept_with_its_source_position_payload_reason_and_run()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        QuarantineItem bad = new() { Source = "shop", Stream = "customers", Position = "customers.csv row 17", RawPayload = "17,,not-an-email", Reason = "source_id is missing" };
        var batch = Some.Batch(run, Some.Customers(2)) with { Quarantined = [bad], Read = 3 };

        var counts = await db.Ingest.CommitBatchAsync(batch, Ct);

        Assert.Equal((3, 2, 1), (counts.Read, counts.Inserted, counts.Quarantined));
        var stored = Assert.Single(await db.Ingest.ListQuarantineAsync("shop", 10, Ct));
        Assert.Equal((run, "shop", "customers", "customers.csv row 17", "17,,not-an-email", "source_id is missing"),
            (stored.RunId, stored.Source, stored.Stream, stored.Position, stored.RawPayload, stored.Reason));
        Assert.Equal(db.Clock.GetUtcNow(), stored.CreatedAt);
        Assert.Empty(await db.Ingest.ListQuarantineAsync("crm", 10, Ct));
    }

    [Fact]
    public async Task The_checkpoint_moves_only_with_a_committed_batch_of_its_connector()
    {
        await using var db = await CreateDatabaseAsync();
        Assert.True((await db.Ingest.GetCheckpointAsync("shop", Ct)).IsStart);

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(2), checkpoint: "cursor-1"), Ct);
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(null), Some.Customers(2, from: 3), checkpoint: "import", connectorId: null), Ct);

        Assert.Equal("cursor-1", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
        Assert.Equal(4, await db.LiveCustomerRecordsAsync());
    }

    [Fact]
    public async Task A_batch_that_fails_in_the_database_leaves_data_and_checkpoint_as_they_were()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(run, Some.Customers(2), checkpoint: "cursor-1"), Ct);
        // The order's customer id is required; a record that breaks the contract is refused by the NOT NULL constraint.
        var broken = Some.Order("o-bad", "c1") with { CustomerSourceId = null! };
        IReadOnlyList<SourceRecord> records = [Some.Customer("c1", email: "changed@example.com"), Some.Customer("c9"), Some.Order("o1", "c1"), broken];

        await Assert.ThrowsAnyAsync<Exception>(() => db.Ingest.CommitBatchAsync(Some.Batch(run, records, checkpoint: "cursor-2"), Ct));

        Assert.Equal("cursor-1", (await db.Ingest.GetCheckpointAsync("shop", Ct)).Value);
        Assert.Equal(2, await db.LiveCustomerRecordsAsync());
        Assert.Equal("c1@example.com", await db.CustomerRecordAsync("c1", "email"));
        Assert.Equal((0, 0), await db.LiveOrdersAsync());
        Assert.Equal(2, (await db.Ingest.GetRunAsync(run, Ct))!.Counts.Inserted);
    }

    [Fact]
    public async Task A_batch_cancelled_while_it_is_written_keeps_nothing()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        using var cancellation = new CancellationTokenSource();
        var records = new CancellingList<SourceRecord>(Some.Customers(3000), cancelAt: 1500, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => db.Ingest.CommitBatchAsync(Some.Batch(run, records, checkpoint: "cursor-1"), cancellation.Token));

        Assert.Equal(0, await db.LiveCustomerRecordsAsync());
        Assert.True((await db.Ingest.GetCheckpointAsync("shop", Ct)).IsStart);
        Assert.Equal(0, (await db.Ingest.GetRunAsync(run, Ct))!.Counts.Read);
    }

    [Fact]
    public async Task A_record_of_a_kind_the_hub_does_not_store_fails_the_whole_batch_with_a_clear_message()
    {
        await using var db = await CreateDatabaseAsync();
        IReadOnlyList<SourceRecord> records = [Some.Customer("c1"), new ProductRecord()];
        var run = await db.StartRunAsync();

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => db.Ingest.CommitBatchAsync(Some.Batch(run, records), Ct));

        Assert.Contains("products", error.Message);
        Assert.Equal(0, await db.LiveCustomerRecordsAsync());
    }

    [Fact]
    public async Task An_order_stored_before_its_customer_is_attached_once_the_customer_arrives()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Order("o1", "c7"), Some.Order("o2", "c8")]), Ct);
        Assert.Equal((2, 0), await db.LiveOrdersAsync());

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c7")]), Ct);

        Assert.Equal((2, 1), await db.LiveOrdersAsync());
    }

    [Fact]
    public async Task A_deleted_customer_keeps_its_key_but_not_its_data()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c1"), Some.Customer("c2"), Some.Order("o1", "c1")]), Ct);

        var counts = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c1") with { IsDeleted = true }]), Ct);
        var again = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [new CustomerRecord { SourceId = "c1", IsDeleted = true }]), Ct);

        Assert.Equal(1, counts.Updated);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal("c1|1|||{}", await db.ScalarAsync<string>(
            "SELECT source_id || '|' || CASE WHEN is_deleted THEN 1 ELSE 0 END || '|' || coalesce(email, '') || '|' || coalesce(full_name, '') || '|' || attributes FROM customer_records WHERE source_id = 'c1';"));
        Assert.Equal(1, await db.LiveCustomerRecordsAsync());
        Assert.Equal("c2", await db.ScalarAsync<string>("SELECT source_id FROM customer_records WHERE NOT is_deleted;"));
        Assert.Equal((1, 0), await db.LiveOrdersAsync());
    }

    private sealed record ProductRecord : SourceRecord
    {
        public override string Stream => "products";
        public override string RecordId => "p1";
    }
}

public sealed class SqliteBatchTransactionTests() : BatchTransactionTests(StorageEngine.Sqlite);

public sealed class PostgresBatchTransactionTests() : BatchTransactionTests(StorageEngine.Postgres);
