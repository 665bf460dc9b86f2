using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;
using Microsoft.Data.Sqlite;
using static Hub.Storage.Sqlite.SqliteReads;

namespace Hub.Storage.Sqlite;

/// <summary>Reads of unified customers for the API, exports and summaries.</summary>
internal sealed class SqliteCustomerQueries(SqliteConnectionFactory connections) : ICustomerQueries
{
    // Well under SQLite's limit on host parameters, and large enough that a page of customers is one or two queries.
    private const int InListChunk = 500;

    public Task<long> CountCustomersAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT count(*) FROM customers;", cancellationToken);

    public Task<long> CountCustomerRecordsAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT count(*) FROM customer_records WHERE is_deleted = 0;", cancellationToken);

    public async Task<IReadOnlyList<GoldenCustomer>> ListCustomersAsync(long? afterNumber, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {GoldenCustomers.Columns} FROM customers WHERE number > $after ORDER BY number LIMIT $limit;";
        command.Parameters.AddWithValue("$after", afterNumber ?? 0);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(command, GoldenCustomers.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> CountCustomersAsync(CustomerFilter? filter, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CustomerQuerySql.Count(connection, SqlDialect.Sqlite, filter);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<CustomerRow>> FindCustomersAsync(CustomerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = (SqliteCommand)CustomerQuerySql.Select(connection, SqlDialect.Sqlite, query);
        // The ordering keys follow the golden columns: they are the row's position.
        var keys = CustomerQuerySql.Keys(query.Order).Count;
        return await ReadAllAsync(command, row =>
        {
            var position = new object[keys];
            for (var k = 0; k < keys; k++) position[k] = row.GetValue(GoldenCustomers.ColumnCount + k);
            return new CustomerRow(GoldenCustomers.Read(row), new CustomerPosition(position));
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StatsRow>> StatsAsync(IReadOnlyList<StatsDimension> groupBy, CustomerFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupBy);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var width = groupBy.Count;
        string? Text(SqliteDataReader row, int i) => row.IsDBNull(i) ? null : Convert.ToString(row.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        List<string?> KeysOf(SqliteDataReader row) => [.. Enumerable.Range(0, width).Select(i => Text(row, i))];

        await using var customers = (SqliteCommand)CustomerStatsSql.Customers(connection, SqlDialect.Sqlite, groupBy, filter);
        var counts = await ReadAllAsync(customers, row => (Keys: KeysOf(row), Count: row.GetInt64(width)), cancellationToken).ConfigureAwait(false);
        await using var revenue = (SqliteCommand)CustomerStatsSql.Revenue(connection, SqlDialect.Sqlite, groupBy, filter);
        var sales = await ReadAllAsync(revenue, row => (Keys: KeysOf(row), Currency: row.GetString(width), Orders: row.GetInt64(width + 1),
            Amount: (decimal)row.GetInt64(width + 2) / CustomerStatsSql.AmountScale), cancellationToken).ConfigureAwait(false);

        return StatsRows.Combine(counts, sales);
    }

    public async Task<GoldenCustomer?> GetCustomerAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {GoldenCustomers.Columns} FROM customers WHERE number = $number;";
        command.Parameters.AddWithValue("$number", number);
        var found = await ReadAllAsync(command, GoldenCustomers.Read, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<ILookup<long, StoredCustomerRecord>> GetRecordsOfCustomersAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var records = new List<StoredCustomerRecord>();
        if (numbers.Count > 0)
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in numbers.Distinct().Chunk(InListChunk))
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var select = PrepareRecordsOf(connection, chunk.Length);
                for (var i = 0; i < chunk.Length; i++) select.Bind(i + 1, chunk[i]);
                while (select.Step()) records.Add(StoredCustomerRecords.Read(select));
            }
        }
        return records.ToLookup(r => r.CustomerNumber!.Value);
    }

    public Task<CustomerHistory<StoredOrder>> GetOrdersOfCustomersAsync(IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken) =>
        HistoryOfCustomersAsync(numbers, query, "orders", "ordered_at", CustomerHistorySql.OrderColumns, (row, customer, position) => new StoredOrder(
            customer, position, row.GetString(CustomerHistorySql.Source), row.GetString(CustomerHistorySql.FirstExtra),
            decimal.Parse(row.GetString(CustomerHistorySql.FirstExtra + 1), NumberStyles.Number, CultureInfo.InvariantCulture),
            row.GetString(CustomerHistorySql.FirstExtra + 2), JsonColumns.ReadOrderLines(row.GetString(CustomerHistorySql.FirstExtra + 3))),
            cancellationToken);

    public Task<CustomerHistory<StoredInteraction>> GetInteractionsOfCustomersAsync(
        IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken)
    {
        const int first = CustomerHistorySql.FirstExtra;
        string? Text(SqliteDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);
        return HistoryOfCustomersAsync(numbers, query, "interactions", "occurred_at", CustomerHistorySql.InteractionColumns, (row, customer, position) => new StoredInteraction(
            customer, position, row.GetString(CustomerHistorySql.Source), row.GetString(first), row.GetString(first + 1), Text(row, first + 2),
            Text(row, first + 3), row.IsDBNull(first + 4) ? null : row.GetInt64(first + 4), Text(row, first + 5), Text(row, first + 6),
            Text(row, first + 7), Text(row, first + 8) is { } score ? decimal.Parse(score, NumberStyles.Number, CultureInfo.InvariantCulture) : null),
            cancellationToken);
    }

    public async Task<ILookup<long, StoredLink>> GetLinksOfCustomersAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var links = new List<StoredLink>();
        if (numbers.Count > 0)
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in numbers.Distinct().Chunk(InListChunk))
            {
                await using var command = (SqliteCommand)CustomerHistorySql.Links(connection, SqlDialect.Sqlite, chunk);
                links.AddRange(await ReadAllAsync(command, row => new StoredLink(row.GetInt64(0),
                    new RecordRef(row.GetString(1), row.GetString(2)), new RecordRef(row.GetString(3), row.GetString(4)),
                    new LinkEvidence(row.GetInt64(5), row.GetInt64(6), row.IsDBNull(7) ? double.PositiveInfinity : row.GetDouble(7),
                        row.GetInt64(8), row.GetString(9), row.GetInt32(10))), cancellationToken).ConfigureAwait(false));
            }
        }
        return links.ToLookup(l => l.CustomerNumber);
    }

    private async Task<CustomerHistory<T>> HistoryOfCustomersAsync<T>(
        IReadOnlyCollection<long> numbers, HistoryQuery query, string table, string timeColumn, IReadOnlyList<string> columns,
        Func<SqliteDataReader, long, HistoryPosition, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        var items = new List<(long Customer, T Item)>();
        var totals = new Dictionary<long, long>();
        if (numbers.Count > 0)
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in numbers.Distinct().Chunk(InListChunk))
            {
                await using var command = (SqliteCommand)CustomerHistorySql.Select(connection, SqlDialect.Sqlite, table, timeColumn, columns, chunk, query);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var customer = reader.GetInt64(CustomerHistorySql.Customer);
                    totals[customer] = reader.GetInt64(CustomerHistorySql.Total);
                    if (reader.GetInt64(CustomerHistorySql.Selected) == 0) continue;
                    var position = new HistoryPosition(IsoText.ParseTimestamp(reader.GetString(CustomerHistorySql.At)), reader.GetInt64(CustomerHistorySql.RowId));
                    items.Add((customer, read(reader, customer, position)));
                }
            }
        }
        return new CustomerHistory<T>(items.ToLookup(i => i.Customer, i => i.Item), totals);
    }

    private static RawStatement PrepareRecordsOf(SqliteConnection connection, int count)
    {
        var sql = new StringBuilder($"SELECT {StoredCustomerRecords.Columns} FROM customer_records WHERE is_deleted = 0 AND customer_number IN (");
        for (var i = 1; i <= count; i++) sql.Append(i == 1 ? "?" : ", ?").Append(i);
        return new RawStatement(connection, sql.Append(") ORDER BY customer_number, id;").ToString());
    }

    public async IAsyncEnumerable<ClusterRow> ReadClustersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT source, source_id, customer_number FROM customer_records " +
            "WHERE is_deleted = 0 AND customer_number IS NOT NULL ORDER BY source, source_id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ClusterRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
        }
    }

    public async Task<IReadOnlyList<SourceCount>> CountRecordsBySourceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT source, count(*) AS records FROM customer_records WHERE is_deleted = 0 GROUP BY source ORDER BY records DESC, source;";
        return await ReadAllAsync(command, r => new SourceCount(r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<(long Orders, long Attached)> CountOrdersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // Orders attach by key, not by a stored link, so one that arrived before its customer counts as soon as the customer is stored.
        command.CommandText =
            "SELECT count(*), count(c.id) FROM orders o " +
            "LEFT JOIN customer_records c ON c.source = o.source AND c.source_id = o.customer_source_id AND c.is_deleted = 0 " +
            "WHERE o.is_deleted = 0;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
