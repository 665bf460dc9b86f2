using Hub.Contracts;
using Hub.Storage.Common;

namespace Hub.Storage.Tests;

public abstract class IngestIdempotencyTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Recommitting_the_identical_batch_reports_everything_unchanged_and_changes_no_row()
    {
        await using var db = await CreateDatabaseAsync();
        IReadOnlyList<SourceRecord> records = [.. Some.Customers(50), Some.Order("o1", "c1"), Some.Order("o2", "c2")];
        var firstRun = await db.StartRunAsync();
        var first = await db.Ingest.CommitBatchAsync(Some.Batch(firstRun, records), Ct);
        var stored = IsoText.Timestamp(db.Clock.GetUtcNow());

        db.Clock.Advance(TimeSpan.FromHours(1));
        var again = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), records), Ct);

        Assert.Equal(52, first.Inserted);
        Assert.Equal((0, 0, 52), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(50, await db.ScalarAsync<long>(
            $"SELECT count(*) FROM customer_records WHERE last_changed = '{stored}' AND revision = 0 AND last_run_id = {firstRun};"));
        Assert.Equal(50, await db.LiveCustomerRecordsAsync());
        Assert.Equal((2, 2), await db.LiveOrdersAsync());
    }

    [Fact]
    public async Task A_batch_prepared_ahead_is_stored_as_without_and_can_be_committed_again()
    {
        await using var db = await CreateDatabaseAsync();
        IReadOnlyList<SourceRecord> records = [.. Some.Customers(3), Some.Order("o1", "c1", amount: 1234567.891m), Some.Order("o2", "c2", amount: -0.05m)];
        var prepared = db.Ingest.Prepare(Some.Batch(await db.StartRunAsync(), records));

        var first = await db.Ingest.CommitBatchAsync(prepared, Ct);
        // The same prepared batch again, in another run: what its first commit prepared is spent by then.
        var again = await db.Ingest.CommitBatchAsync(prepared with { RunId = await db.StartRunAsync() }, Ct);

        Assert.Equal(5, first.Inserted);
        Assert.Equal((0, 0, 5), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(3, await db.LiveCustomerRecordsAsync());
        Assert.Equal(1234567.841m, await db.ScalarAsync<decimal>("SELECT sum(amount) FROM orders;"));
    }

    [Fact]
    public async Task The_same_attributes_in_another_order_are_not_a_change()
    {
        await using var db = await CreateDatabaseAsync();
        var original = Some.Customer("c1") with { Attributes = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } };
        var reordered = original with { Attributes = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" } };
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [original]), Ct);

        var counts = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [reordered]), Ct);

        Assert.Equal(1, counts.Unchanged);
    }

    [Fact]
    public async Task Attributes_are_stored_as_readable_json_with_keys_in_order()
    {
        await using var db = await CreateDatabaseAsync();

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c1")]), Ct);

        Assert.Equal("""{"tier":"gold","渠道":"电话 \"400\" 热线"}""", await db.ScalarAsync<string>("SELECT attributes FROM customer_records;"));
    }

    [Fact]
    public async Task A_changed_record_counts_as_updated_and_its_last_changed_moves()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(3)), Ct);
        var firstSeen = db.Clock.GetUtcNow();
        db.Clock.Advance(TimeSpan.FromMinutes(5));

        IReadOnlyList<SourceRecord> changed = [Some.Customer("c1"), Some.Customer("c2", email: "new@example.com"), Some.Customer("c3")];
        var counts = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), changed), Ct);

        Assert.Equal((0, 1, 2), (counts.Inserted, counts.Updated, counts.Unchanged));
        Assert.Equal("new@example.com", await db.CustomerRecordAsync("c2", "email"));
        Assert.Equal(IsoText.Timestamp(firstSeen), await db.CustomerRecordAsync("c2", "first_seen"));
        Assert.Equal(IsoText.Timestamp(db.Clock.GetUtcNow()), await db.CustomerRecordAsync("c2", "last_changed"));
    }

    [Fact]
    public async Task A_record_read_twice_in_one_batch_is_inserted_then_updated()
    {
        await using var db = await CreateDatabaseAsync();
        IReadOnlyList<SourceRecord> records = [Some.Customer("c1"), Some.Customer("c1", email: "later@example.com"), Some.Customer("c1", email: "later@example.com")];

        var counts = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), records), Ct);

        Assert.Equal((1, 1, 1), (counts.Inserted, counts.Updated, counts.Unchanged));
        Assert.Equal("later@example.com", await db.CustomerRecordAsync("c1", "email"));
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT revision FROM customer_records;"));
    }

    [Fact]
    public async Task Interactions_and_events_are_stored_once_per_key()
    {
        await using var db = await CreateDatabaseAsync();
        var call = new InteractionRecord
        {
            InteractionId = "call-1", CustomerSourceId = "c1", OccurredAt = DateTimeOffset.Parse("2025-02-03T08:00:00+08:00"),
            Channel = "call", Direction = "inbound", Duration = TimeSpan.FromSeconds(95), Outcome = "ANSWERED", Score = 4.5m,
        };
        var view = new EventRecord
        {
            EventId = "evt-1", CustomerSourceId = "c1", Name = "Screen Viewed", OccurredAt = DateTimeOffset.Parse("2025-02-03T08:01:00Z"),
            PropertiesJson = """{"screen":"home"}""",
        };
        IReadOnlyList<SourceRecord> records = [call, view];

        var first = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), records), Ct);
        var second = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [call with { Score = 5m }, view]), Ct);

        Assert.Equal(2, first.Inserted);
        Assert.Equal((1, 1), (second.Updated, second.Unchanged));
        Assert.Equal("5|95000|2025-02-03T00:00:00.0000000Z", await db.ScalarAsync<string>("SELECT score || '|' || duration_ms || '|' || occurred_at FROM interactions;"));
        Assert.Equal("""{"screen":"home"}""", await db.ScalarAsync<string>("SELECT properties FROM events WHERE event_id = 'evt-1';"));
    }

    [Fact]
    public async Task Amounts_are_kept_exact_and_times_as_sortable_utc_text()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Order("o1", "c1", amount: 1234567.8901m)]), Ct);

        Assert.Equal("1234567.8901", await db.ScalarAsync<string>("SELECT CAST(amount AS TEXT) FROM orders;"));
        Assert.Equal("2025-02-01T02:30:00.0000000Z", await db.ScalarAsync<string>("SELECT ordered_at FROM orders;"));
    }

    [Fact]
    public async Task Inserts_and_updates_are_told_apart_when_record_types_are_interleaved()
    {
        await using var db = await CreateDatabaseAsync();
        // On SQLite: three rows in each table, so the next order and the next customer would both get rowid 4.
        IReadOnlyList<SourceRecord> first = [.. Some.Customers(3), Some.Order("o1", "c1"), Some.Order("o2", "c2"), Some.Order("o3", "c3")];
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), first), Ct);

        // The new order takes rowid 4, which the customer update that follows leaves as the connection's last insert.
        IReadOnlyList<SourceRecord> updateAfterInsert = [Some.Order("o4", "c4"), Some.Customer("c1", email: "moved@example.com"), Some.Order("o1", "c1")];
        var second = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), updateAfterInsert), Ct);
        // Customers now end at rowid 3 and orders at 4: the new order takes rowid 5 and so, right after it, does the new customer c5.
        IReadOnlyList<SourceRecord> insertAfterInsert = [Some.Customer("c4"), Some.Order("o5", "c5"), Some.Customer("c5"), Some.Customer("c2")];
        var third = await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), insertAfterInsert), Ct);

        Assert.Equal((1, 1, 1), (second.Inserted, second.Updated, second.Unchanged));
        Assert.Equal((3, 0, 1), (third.Inserted, third.Updated, third.Unchanged));
        Assert.Equal(5, await db.LiveCustomerRecordsAsync());
        Assert.Equal((5, 5), await db.LiveOrdersAsync());
    }

    [Fact]
    public async Task An_empty_text_is_kept_as_empty_and_not_as_missing()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c1") with { Company = "", Email = null }]), Ct);

        Assert.Equal("", await db.CustomerRecordAsync("c1", "company"));
        Assert.Null(await db.CustomerRecordAsync("c1", "email"));
    }
}

public sealed class SqliteIngestIdempotencyTests() : IngestIdempotencyTests(StorageEngine.Sqlite)
{
    [Fact]
    public async Task Amounts_are_kept_as_decimal_text_not_as_floating_point()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Order("o1", "c1", amount: 1234567.8901m)]), Ct);

        Assert.Equal("text", await db.ScalarAsync<string>("SELECT typeof(amount) FROM orders;"));
    }
}

public sealed class PostgresIngestIdempotencyTests() : IngestIdempotencyTests(StorageEngine.Postgres);
