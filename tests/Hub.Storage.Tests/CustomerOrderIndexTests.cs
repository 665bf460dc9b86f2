using Hub.Core.Storage;
using Hub.Core.Storage.Customers;
using Hub.Storage.Common;
using Hub.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Tests;

/// <summary>
/// Pages of customers ordered by name are served from an index (0009_customer_order_indexes.sql): without one SQLite sorts
/// every customer the filter selects for each page, and without a seek it walks the index from the start to a later page,
/// both far too slow for the API at a million customers.
/// </summary>
public sealed class CustomerOrderIndexTests
{
    private static CancellationToken Ct => TestDatabase.Ct;

    [Theory]
    [InlineData(CustomerField.FamilyName)]
    [InlineData(CustomerField.DisplayName)]
    public async Task A_page_of_one_country_ordered_by_name_is_read_from_the_index_starting_at_its_cursor(CustomerField field)
    {
        await using var db = await TestDatabase.CreateAsync();
        var filter = new FieldCondition(CustomerField.Country, FilterOperator.Eq, ["DE"]);

        foreach (var from in new[] { null, new CustomerPosition([0L, "Meyer", 42L]) })
        {
            var plan = await PlanAsync(db, new CustomerQuery(filter, [new CustomerOrder(field)], from, false, 51));

            Assert.Contains(plan, step => step.StartsWith("SEARCH", StringComparison.Ordinal)
                && step.Contains("USING INDEX ix_customers_country_order_", StringComparison.Ordinal)
                && step.Contains(from is null ? "(country=?)" : "(country=? AND (", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(CustomerField.FamilyName)]
    [InlineData(CustomerField.DisplayName)]
    public async Task A_page_filtered_otherwise_and_ordered_by_name_walks_the_name_index_instead_of_sorting(CustomerField field)
    {
        await using var db = await TestDatabase.CreateAsync();
        var filter = new FieldCondition(CustomerField.City, FilterOperator.Eq, ["Berlin"]);

        foreach (var from in new[] { null, new CustomerPosition([0L, "Meyer", 42L]) })
        {
            var plan = await PlanAsync(db, new CustomerQuery(filter, [new CustomerOrder(field)], from, false, 51));

            // A later page seeks the index at its cursor instead of walking it from the start.
            Assert.Contains(plan, step => step.StartsWith(from is null ? "SCAN" : "SEARCH", StringComparison.Ordinal)
                && step.Contains("USING INDEX ix_customers_order_", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_full_resolution_save_rebuilds_the_ordering_indexes_it_sets_aside_and_pages_still_use_them()
    {
        await using var db = await TestDatabase.CreateAsync();
        const string indexes = "SELECT group_concat(sql, ' | ') FROM (SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customers' ORDER BY name);";
        var before = await db.ScalarAsync<string>(indexes);
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [Some.Customer("c1"), Some.Customer("c2")]), Ct);
        var loaded = await db.Identity.LoadPendingRecordsAsync(Ct);
        var row = loaded.Changed.ToDictionary(r => r.SourceId, r => r.RowId);

        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [row["c1"]] = 1, [row["c2"]] = 2 },
            [Some.Golden(1, "Meyer"), Some.Golden(2, "Adams")]) { Revisions = Resolutions.RevisionsOf(loaded) }, Ct);

        Assert.Equal(before, await db.ScalarAsync<string>(indexes));
        Assert.Contains("ix_customers_country_order_family_name", before, StringComparison.Ordinal);
        var page = await db.Queries.FindCustomersAsync(new CustomerQuery(null, [new CustomerOrder(CustomerField.DisplayName)], null, false, 10), Ct);
        Assert.Equal([2L, 1L], page.Select(r => r.Customer.Number));
    }

    private static async Task<IReadOnlyList<string>> PlanAsync(TestDatabase db, CustomerQuery query)
    {
        using var connection = new SqliteConnection();
        using var command = CustomerQuerySql.Select(connection, SqlDialect.Sqlite, query);
        return await db.QueryPlanAsync(command.CommandText);
    }
}
