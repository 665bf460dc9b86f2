using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

public abstract class CustomerQueriesTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Keyset_paging_returns_every_customer_exactly_once_in_number_order()
    {
        await using var db = await CreateDatabaseAsync();
        // Gaps in the numbers, as merges leave them.
        var numbers = Enumerable.Range(1, 23).Select(i => (long)i * 3).ToList();
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long>(), numbers.Select(n => Some.Golden(n, "N" + n)).ToList()), Ct);

        var seen = new List<long>();
        long? after = null;
        while (true)
        {
            var page = await db.Queries.ListCustomersAsync(after, 5, Ct);
            if (page.Count == 0) break;
            Assert.True(page.Count <= 5);
            seen.AddRange(page.Select(c => c.Number));
            after = page[^1].Number;
        }

        Assert.Equal(numbers, seen);
        Assert.Equal("cus_3", (await db.Queries.ListCustomersAsync(null, 1, Ct))[0].Id);
    }

    [Fact]
    public async Task Records_of_many_customers_are_loaded_at_once_and_grouped_by_customer()
    {
        await using var db = await CreateDatabaseAsync();
        await SeededRecords.AddAsync(db, 1300);
        var records = await db.Identity.LoadCustomerRecordsAsync(Ct);
        // Two records per customer: 650 customers, more than one IN list holds.
        var assignment = records.ToDictionary(r => r.RowId, r => (long)(int.Parse(r.SourceId[1..], System.Globalization.CultureInfo.InvariantCulture) + 1) / 2);
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(assignment, assignment.Values.Distinct().Select(n => Some.Golden(n, "N")).ToList()), Ct);

        var wanted = Enumerable.Range(1, 650).Select(i => (long)i).Append(9999).ToList();
        var byCustomer = await db.Queries.GetRecordsOfCustomersAsync(wanted, Ct);

        Assert.Equal(650, byCustomer.Count);
        Assert.Equal(["c1", "c2"], byCustomer[1].Select(r => r.SourceId).Order());
        Assert.Equal(["c1299", "c1300"], byCustomer[650].Select(r => r.SourceId).Order());
        Assert.Empty(byCustomer[9999]);
    }

    [Fact]
    public async Task Clusters_stream_in_source_order_without_unresolved_or_deleted_records()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("b"), Some.Customer("a"), Some.Customer("gone")]), Ct);
        var crmRun = await db.StartRunAsync("crm", "crm");
        await db.Ingest.CommitBatchAsync(new IngestBatch(crmRun, "crm", "crm", [Some.Customer("z")], [], Checkpoint.Start, 1), Ct);
        var rows = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => (r.Source, r.SourceId), r => r.RowId);
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows[("shop", "a")]] = 1, [rows[("shop", "b")]] = 2, [rows[("crm", "z")]] = 1, [rows[("shop", "gone")]] = 3 },
            [Some.Golden(1, "A"), Some.Golden(2, "B"), Some.Golden(3, "C")]), Ct);
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("unresolved"), new CustomerRecord { SourceId = "gone", IsDeleted = true }]), Ct);

        var clusters = new List<ClusterRow>();
        await foreach (var row in db.Queries.ReadClustersAsync(Ct)) clusters.Add(row);

        Assert.Equal([new("crm", "z", 1), new("shop", "a", 1), new ClusterRow("shop", "b", 2)], clusters);
    }

    [Fact]
    public async Task Records_are_counted_per_source_most_first_without_deleted_ones()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(3)), Ct);
        var crmRun = await db.StartRunAsync("crm", "crm");
        IReadOnlyList<SourceRecord> crm = [.. Some.Customers(5), new CustomerRecord { SourceId = "c5", IsDeleted = true }];
        await db.Ingest.CommitBatchAsync(new IngestBatch(crmRun, "crm", "crm", crm, [], Checkpoint.Start, 6), Ct);

        var counts = await db.Queries.CountRecordsBySourceAsync(Ct);

        Assert.Equal([new SourceCount("crm", 4), new SourceCount("shop", 3)], counts);
        Assert.Equal(7, await db.Queries.CountCustomerRecordsAsync(Ct));
    }
}

public sealed class SqliteCustomerQueriesTests() : CustomerQueriesTests(StorageEngine.Sqlite);

public sealed class PostgresCustomerQueriesTests() : CustomerQueriesTests(StorageEngine.Postgres);
