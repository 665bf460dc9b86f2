using Hub.Contracts;
using Hub.Core.Storage;
using Hub.Storage.Sqlite;

namespace Hub.Storage.Tests;

/// <summary>Which records a resolution still has to see: new, changed and deleted ones, at the revision it saw them.</summary>
public abstract class PendingRecordsTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task New_records_are_pending_until_a_full_save_marks_the_revisions_it_saw()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(3)), Ct);

        var pending = await db.Identity.LoadPendingRecordsAsync(Ct);

        Assert.Equal(["c1", "c2", "c3"], pending.Changed.Select(r => r.SourceId));
        Assert.All(pending.Changed, r => Assert.Equal(0, r.Revision));
        Assert.Empty(pending.Deleted);
        Assert.Equal(0, pending.Generation);

        await db.Identity.SaveResolutionAsync(Resolutions.Full(pending, pending.Changed.ToDictionary(r => r.RowId, _ => 1L)), Ct);

        Assert.Empty((await db.Identity.LoadPendingRecordsAsync(Ct)).Changed);
    }

    [Fact]
    public async Task A_content_change_makes_a_record_pending_again_at_a_higher_revision_and_an_identical_reingest_does_not()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(2)), Ct);
        await Resolutions.ResolveEachAloneAsync(db);

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c1"), Some.Customer("c2") with { City = "上海" }]), Ct);

        var changed = Assert.Single((await db.Identity.LoadPendingRecordsAsync(Ct)).Changed);
        Assert.Equal(("c2", 1L, "上海"), (changed.SourceId, changed.Revision, changed.Record.City));
        Assert.Equal(2L, changed.CustomerNumber);
        Assert.Equal(1L, (await db.Identity.LoadCustomerRecordsAsync(Ct)).Single(r => r.SourceId == "c2").Revision);
    }

    [Fact]
    public async Task A_deletion_is_pending_with_its_revision_and_once_saved_is_neither_pending_nor_in_a_customer()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(2)), Ct);
        var rows = await Resolutions.ResolveEachAloneAsync(db);

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [new CustomerRecord { SourceId = "c2", IsDeleted = true }]), Ct);
        var pending = await db.Identity.LoadPendingRecordsAsync(Ct);

        Assert.Empty(pending.Changed);
        Assert.Equal([(rows["c2"], 1L)], pending.Deleted);

        // The resolution still names the deleted record's old customer (it loaded before the delete): the mark must not give it back.
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows["c1"]] = 1, [rows["c2"]] = 2 }, [Some.Golden(1, "A")])
        {
            Revisions = new Dictionary<long, long> { [rows["c1"]] = 0, [rows["c2"]] = 1 },
        }, Ct);

        pending = await db.Identity.LoadPendingRecordsAsync(Ct);
        Assert.Empty(pending.Changed);
        Assert.Empty(pending.Deleted);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer_records WHERE source_id = 'c2' AND customer_number IS NOT NULL;"));
    }

    [Fact]
    public async Task A_record_changed_after_the_resolution_loaded_it_stays_pending_at_its_newer_revision()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(1)), Ct);
        var loaded = await db.Identity.LoadPendingRecordsAsync(Ct);

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c1", email: "new@example.com")]), Ct);
        await db.Identity.SaveResolutionAsync(Resolutions.Full(loaded, loaded.Changed.ToDictionary(r => r.RowId, _ => 1L)), Ct);

        var still = Assert.Single((await db.Identity.LoadPendingRecordsAsync(Ct)).Changed);
        Assert.Equal((1L, "new@example.com", 1L), (still.Revision, still.Record.Email, still.CustomerNumber));
    }

    [Fact]
    public async Task A_revived_record_is_pending_again()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(1)), Ct);
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [new CustomerRecord { SourceId = "c1", IsDeleted = true }]), Ct);
        var deleted = await db.Identity.LoadPendingRecordsAsync(Ct);
        await db.Identity.SaveResolutionAsync(Resolutions.Full(deleted, new Dictionary<long, long>()), Ct);

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(1)), Ct);

        var revived = Assert.Single((await db.Identity.LoadPendingRecordsAsync(Ct)).Changed);
        Assert.Equal(("c1", 2L), (revived.SourceId, revived.Revision));
    }
}

public sealed class SqlitePendingRecordsTests() : PendingRecordsTests(StorageEngine.Sqlite)
{
    [Fact]
    public async Task The_pending_query_reads_the_partial_index_instead_of_scanning_the_table()
    {
        await using var db = await CreateDatabaseAsync();

        var plan = await db.QueryPlanAsync(SqliteIdentityStore.PendingSql);

        Assert.Contains(plan, line => line.Contains("USING INDEX ix_customer_records_pending", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}

public sealed class PostgresPendingRecordsTests() : PendingRecordsTests(StorageEngine.Postgres);
