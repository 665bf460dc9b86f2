using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

/// <summary>Saving a resolution of changes: only what it names is rewritten, and only over the generation it was computed against.</summary>
public abstract class ChangesResolutionTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task A_changes_save_rewrites_only_the_named_customers_and_their_links_and_removes_the_removed_ones()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(5)), Ct);
        var loaded = await db.Identity.LoadPendingRecordsAsync(Ct);
        var row = loaded.Changed.ToDictionary(r => r.SourceId, r => r.RowId);
        // Customer 1 = c1 + c2, customer 2 = c3 + c4, customer 3 = c5.
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [row["c1"]] = 1, [row["c2"]] = 1, [row["c3"]] = 2, [row["c4"]] = 2, [row["c5"]] = 3 },
            [Some.Golden(1, "A"), Some.Golden(2, "B"), Some.Golden(3, "C")])
        {
            Links = [Link(row["c1"], row["c2"]), Link(row["c3"], row["c4"])],
            Revisions = Resolutions.RevisionsOf(loaded),
        }, Ct);

        // c4 changes and now belongs with c5; customer 2 falls apart and c3 becomes customer 4.
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c4", email: "c5@example.com")]), Ct);
        var changes = await db.Identity.LoadPendingRecordsAsync(Ct);
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [row["c3"]] = 4, [row["c4"]] = 3, [row["c5"]] = 3 },
            [Some.Golden(3, "C2") with { RecordCount = 2 }, Some.Golden(4, "D")])
        {
            Scope = ResolutionScope.Changes,
            RemovedCustomers = [2],
            Links = [Link(row["c4"], row["c5"])],
            Revisions = Resolutions.RevisionsOf(changes),
            Generation = changes.Generation,
        }, Ct);

        var numbers = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.SourceId, r => r.CustomerNumber);
        Assert.Equal(new Dictionary<string, long?> { ["c1"] = 1, ["c2"] = 1, ["c3"] = 4, ["c4"] = 3, ["c5"] = 3 }, numbers);
        Assert.Equal("A", (await db.Queries.GetCustomerAsync(1, Ct))?.DisplayName);
        Assert.Null(await db.Queries.GetCustomerAsync(2, Ct));
        Assert.Equal(("C2", 2), await NameAndCountAsync(db, 3));
        Assert.Equal(("D", 1), await NameAndCountAsync(db, 4));
        Assert.Equal(3, await db.Queries.CountCustomersAsync(Ct));
        Assert.Equal([(row["c1"], row["c2"])], (await db.Identity.LoadLinksAsync(1, Ct)).Select(l => (l.RecordA, l.RecordB)));
        Assert.Empty(await db.Identity.LoadLinksAsync(2, Ct));
        Assert.Equal([(row["c4"], row["c5"])], (await db.Identity.LoadLinksAsync(3, Ct)).Select(l => (l.RecordA, l.RecordB)));
        Assert.Equal(4, await db.Identity.GetMaxCustomerNumberAsync(Ct));
        Assert.Empty((await db.Identity.LoadPendingRecordsAsync(Ct)).Changed);
    }

    [Fact]
    public async Task A_deletion_saved_as_a_change_removes_its_customer_and_is_no_longer_pending()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(2)), Ct);
        await Resolutions.ResolveEachAloneAsync(db);
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [new Hub.Contracts.CustomerRecord { SourceId = "c2", IsDeleted = true }]), Ct);
        // As an older hub left deletions: the record keeps its customer until a resolution takes it out.
        await db.ScalarAsync<long>("UPDATE customer_records SET customer_number = 2 WHERE source_id = 'c2';");
        var changes = await db.Identity.LoadPendingRecordsAsync(Ct);

        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long>(), [])
        {
            Scope = ResolutionScope.Changes,
            RemovedCustomers = [2],
            Revisions = Resolutions.RevisionsOf(changes),
            Generation = changes.Generation,
        }, Ct);

        var pending = await db.Identity.LoadPendingRecordsAsync(Ct);
        Assert.Empty(pending.Changed);
        Assert.Empty(pending.Deleted);
        Assert.Null(await db.Queries.GetCustomerAsync(2, Ct));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer_records WHERE source_id = 'c2' AND customer_number IS NOT NULL;"));
        Assert.Equal("C1", (await db.Queries.GetCustomerAsync(1, Ct))?.DisplayName);
    }

    [Fact]
    public async Task A_changes_save_over_a_newer_generation_is_refused_and_writes_nothing()
    {
        await using var db = await CreateDatabaseAsync();
        await SeededRecords.AddAsync(db, 2);
        var changes = await db.Identity.LoadPendingRecordsAsync(Ct);
        // Another process saves a full resolution after these changes were read.
        var rows = await Resolutions.ResolveEachAloneAsync(db);

        var stale = new ResolutionOutcome(new Dictionary<long, long> { [rows["c1"]] = 5, [rows["c2"]] = 5 }, [Some.Golden(5, "Stale")])
        {
            Scope = ResolutionScope.Changes,
            RemovedCustomers = [1, 2],
            Revisions = Resolutions.RevisionsOf(changes),
            Generation = changes.Generation,
        };
        var error = await Assert.ThrowsAsync<StaleResolutionException>(() => db.Identity.SaveResolutionAsync(stale, Ct));

        Assert.Contains("Another resolution was saved", error.Message);
        var numbers = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.SourceId, r => r.CustomerNumber);
        Assert.Equal(new Dictionary<string, long?> { ["c1"] = 1, ["c2"] = 2 }, numbers);
        Assert.Equal(2, await db.Queries.CountCustomersAsync(Ct));
        Assert.Null(await db.Queries.GetCustomerAsync(5, Ct));
        Assert.Equal(2, await db.Identity.GetMaxCustomerNumberAsync(Ct));
        Assert.Equal(1, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);
    }

    [Fact]
    public async Task Every_save_of_either_scope_raises_the_generation_by_one_and_returns_it()
    {
        await using var db = await CreateDatabaseAsync();
        await SeededRecords.AddAsync(db, 1);
        Assert.Equal(0, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);

        await Resolutions.ResolveEachAloneAsync(db);
        Assert.Equal(1, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);

        var nothing = await db.Identity.LoadPendingRecordsAsync(Ct);
        Assert.Equal(1, nothing.Generation);
        var saved = await db.Identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long>(), [])
        {
            Scope = ResolutionScope.Changes,
            Generation = nothing.Generation,
        }, Ct);

        Assert.Equal(2, saved);
        Assert.Equal(2, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);
        Assert.Equal(2, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);
        Assert.Equal("C1", (await db.Queries.GetCustomerAsync(1, Ct))?.DisplayName);
    }

    private static LinkEvidence Link(long a, long b) => new(a, b, 12.5, 0x1234, "model", 1);

    private static async Task<(string?, int)> NameAndCountAsync(TestDatabase db, long number)
    {
        var customer = await db.Queries.GetCustomerAsync(number, Ct);
        Assert.NotNull(customer);
        return (customer.DisplayName, customer.RecordCount);
    }
}

public sealed class SqliteChangesResolutionTests() : ChangesResolutionTests(StorageEngine.Sqlite);

public sealed class PostgresChangesResolutionTests() : ChangesResolutionTests(StorageEngine.Postgres);
