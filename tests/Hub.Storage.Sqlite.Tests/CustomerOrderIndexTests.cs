using Hub.Core.Storage.Customers;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite.Tests;

/// <summary>
/// Pages of customers ordered by name are served from an index (0009_customer_order_indexes.sql): without one SQLite sorts
/// every customer the filter selects for each page, and without a seek it walks the index from the start to a later page,
/// both far too slow for the API at a million customers.
/// </summary>
public sealed class CustomerOrderIndexTests
{
    [Theory]
    [InlineData(CustomerField.FamilyName)]
    [InlineData(CustomerField.DisplayName)]
    public async Task A_filtered_page_ordered_by_name_walks_an_index_instead_of_sorting(CustomerField field)
    {
        await using var db = await TestDatabase.CreateAsync();
        var filter = new FieldCondition(CustomerField.Country, FilterOperator.Eq, ["DE"]);
        var later = new CustomerPosition([0L, "Meyer", 42L]);

        foreach (var from in new[] { null, later })
        {
            using var connection = new SqliteConnection();
            using var command = CustomerQuerySql.Select(connection, new CustomerQuery(filter, [new CustomerOrder(field)], from, false, 51));
            var plan = await db.QueryPlanAsync(command.CommandText);

            // A later page seeks the index at its cursor instead of walking it from the start.
            Assert.Contains(plan, step => step.StartsWith(from is null ? "SCAN" : "SEARCH", StringComparison.Ordinal)
                && step.Contains("USING INDEX ix_customers_order_", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }
}
