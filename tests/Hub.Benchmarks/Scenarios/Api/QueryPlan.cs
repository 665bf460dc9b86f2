using Hub.Core.Storage.Customers;
using Hub.Storage.Common;
using Hub.Storage.Sqlite;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// How SQLite runs the page's SELECT (EXPLAIN QUERY PLAN), as the store builds it for the first page and for the tenth
/// (after a cursor, which adds the keyset condition).
/// </summary>
internal static class QueryPlan
{
    public static async Task<(IReadOnlyList<string> FirstPage, IReadOnlyList<string> LaterPage)> ExplainAsync(
        string databasePath, CancellationToken cancellationToken)
    {
        using var connections = new SqliteConnectionFactory(databasePath);
        var filter = new FieldCondition(CustomerField.Country, FilterOperator.Eq, [ApiQuery.Countries[0]]);
        var nine = await new SqliteCustomerQueries(connections).FindCustomersAsync(
            new CustomerQuery(filter, ApiQuery.Order, null, false, 9 * ApiQuery.PageSize), cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        async Task<IReadOnlyList<string>> Explain(CustomerPosition? from)
        {
            await using var command = CustomerQuerySql.Select(connection, SqlDialect.Sqlite, new CustomerQuery(filter, ApiQuery.Order, from, false, ApiQuery.PageSize + 1));
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) lines.Add(reader.GetString(3));
            return lines;
        }

        return (await Explain(null), await Explain(nine[^1].Position));
    }
}
