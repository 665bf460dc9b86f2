using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Reads of unified customers for the API, exports and summaries, with the SQL both engines share
/// (<see cref="CustomerQuerySql"/>, <see cref="CustomerStatsSql"/>, <see cref="CustomerHistorySql"/>). Sets of customers
/// travel as one array parameter, so a batch of any size is one statement.
/// </summary>
internal sealed class PostgresCustomerQueries(PostgresConnectionFactory connections) : ICustomerQueries
{
    private static readonly SqlDialect Dialect = SqlDialect.Postgres;

    public Task<long> CountCustomersAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT count(*) FROM customers;", cancellationToken);

    public Task<long> CountCustomerRecordsAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT count(*) FROM customer_records WHERE NOT is_deleted;", cancellationToken);

    public async Task<IReadOnlyList<GoldenCustomer>> ListCustomersAsync(long? afterNumber, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {GoldenCustomers.Columns} FROM customers WHERE number > @after ORDER BY number LIMIT @limit;", connection);
        command.Parameters.AddWithValue("after", afterNumber ?? 0);
        command.Parameters.AddWithValue("limit", (long)limit);
        return await ReadAllAsync(command, GoldenCustomers.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> CountCustomersAsync(CustomerFilter? filter, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CustomerQuerySql.Count(connection, Dialect, filter);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<CustomerRow>> FindCustomersAsync(CustomerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CustomerQuerySql.Select(connection, Dialect, query);
        // The ordering keys follow the golden columns: they are the row's position. A missing-value flag is a boolean here
        // and 0/1 on SQLite; positions hold 0/1 on both, so a cursor reads the same whichever engine made it.
        var keys = CustomerQuerySql.Keys(query.Order).Count;
        return await ReadAllAsync(command, row =>
        {
            var position = new object[keys];
            for (var k = 0; k < keys; k++)
            {
                var value = row.GetValue(GoldenCustomers.ColumnCount + k);
                position[k] = value is bool flag ? (flag ? 1L : 0L) : value;
            }

            return new CustomerRow(GoldenCustomers.Read(row), new CustomerPosition(position));
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StatsRow>> StatsAsync(IReadOnlyList<StatsDimension> groupBy, CustomerFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groupBy);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var width = groupBy.Count;
        List<string?> KeysOf(DbDataReader row) =>
            [.. Enumerable.Range(0, width).Select(i => row.IsDBNull(i) ? null : Convert.ToString(row.GetValue(i), CultureInfo.InvariantCulture))];

        await using var customers = CustomerStatsSql.Customers(connection, Dialect, groupBy, filter);
        var counts = await ReadAllAsync(customers, row => (Keys: KeysOf(row), Count: row.GetInt64(width)), cancellationToken).ConfigureAwait(false);
        await using var revenue = CustomerStatsSql.Revenue(connection, Dialect, groupBy, filter);
        var sales = await ReadAllAsync(revenue, row => (Keys: KeysOf(row), Currency: row.GetString(width), Orders: row.GetInt64(width + 1),
            Amount: (decimal)row.GetInt64(width + 2) / CustomerStatsSql.AmountScale), cancellationToken).ConfigureAwait(false);
        return StatsRows.Combine(counts, sales);
    }

    public async Task<GoldenCustomer?> GetCustomerAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {GoldenCustomers.Columns} FROM customers WHERE number = @number;", connection);
        command.Parameters.AddWithValue("number", number);
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
            await using var command = new NpgsqlCommand(
                $"SELECT {StoredCustomerRecords.Columns} FROM customer_records WHERE NOT is_deleted AND customer_number = ANY(@numbers) ORDER BY customer_number, id;",
                connection);
            command.Parameters.AddWithValue("numbers", numbers.Distinct().ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var row = new PostgresRecordRow(reader);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) records.Add(StoredCustomerRecords.Read(row));
        }

        return records.ToLookup(r => r.CustomerNumber!.Value);
    }

    public Task<CustomerHistory<StoredOrder>> GetOrdersOfCustomersAsync(IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken)
    {
        const int first = CustomerHistorySql.FirstExtra;
        return HistoryOfCustomersAsync(numbers, query, "orders", "ordered_at", CustomerHistorySql.OrderColumns, (row, customer, position) => new StoredOrder(
            customer, position, row.GetString(CustomerHistorySql.Source), row.GetString(first), row.GetDecimal(first + 1),
            row.GetString(first + 2), JsonColumns.ReadOrderLines(row.GetString(first + 3))), cancellationToken);
    }

    public Task<CustomerHistory<StoredInteraction>> GetInteractionsOfCustomersAsync(
        IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken)
    {
        const int first = CustomerHistorySql.FirstExtra;
        string? Text(DbDataReader row, int i) => row.IsDBNull(i) ? null : row.GetString(i);
        return HistoryOfCustomersAsync(numbers, query, "interactions", "occurred_at", CustomerHistorySql.InteractionColumns, (row, customer, position) => new StoredInteraction(
            customer, position, row.GetString(CustomerHistorySql.Source), row.GetString(first), row.GetString(first + 1), Text(row, first + 2),
            Text(row, first + 3), row.IsDBNull(first + 4) ? null : row.GetInt64(first + 4), Text(row, first + 5), Text(row, first + 6),
            Text(row, first + 7), row.IsDBNull(first + 8) ? null : row.GetDecimal(first + 8)),
            cancellationToken);
    }

    public async Task<ILookup<long, StoredLink>> GetLinksOfCustomersAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var links = new List<StoredLink>();
        if (numbers.Count > 0)
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = CustomerHistorySql.Links(connection, Dialect, numbers.Distinct().ToList());
            links.AddRange(await ReadAllAsync(command, row => new StoredLink(row.GetInt64(0),
                new RecordRef(row.GetString(1), row.GetString(2)), new RecordRef(row.GetString(3), row.GetString(4)),
                new LinkEvidence(row.GetInt64(5), row.GetInt64(6), row.IsDBNull(7) ? double.PositiveInfinity : row.GetDouble(7),
                    row.GetInt64(8), row.GetString(9), checked((int)row.GetInt64(10)))), cancellationToken).ConfigureAwait(false));
        }

        return links.ToLookup(l => l.CustomerNumber);
    }

    public async IAsyncEnumerable<ClusterRow> ReadClustersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Rows stream from the server as they are read; nothing holds the whole table.
        await using var command = new NpgsqlCommand(
            "SELECT source, source_id, customer_number FROM customer_records " +
            "WHERE NOT is_deleted AND customer_number IS NOT NULL ORDER BY source, source_id;", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ClusterRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
        }
    }

    public async Task<IReadOnlyList<SourceCount>> CountRecordsBySourceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT source, count(*) AS records FROM customer_records WHERE NOT is_deleted GROUP BY source ORDER BY records DESC, source;", connection);
        return await ReadAllAsync(command, r => new SourceCount(r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<(long Orders, long Attached)> CountOrdersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Orders attach by key, not by a stored link, so one that arrived before its customer counts as soon as the customer is stored.
        await using var command = new NpgsqlCommand(
            "SELECT count(*), count(c.id) FROM orders o " +
            "LEFT JOIN customer_records c ON c.source = o.source AND c.source_id = o.customer_source_id AND NOT c.is_deleted " +
            "WHERE NOT o.is_deleted;", connection);
        var counts = await ReadAllAsync(command, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    private async Task<CustomerHistory<T>> HistoryOfCustomersAsync<T>(
        IReadOnlyCollection<long> numbers, HistoryQuery query, string table, string timeColumn, IReadOnlyList<string> columns,
        Func<DbDataReader, long, HistoryPosition, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        var items = new List<(long Customer, T Item)>();
        var totals = new Dictionary<long, long>();
        if (numbers.Count > 0)
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = CustomerHistorySql.Select(connection, Dialect, table, timeColumn, columns, numbers.Distinct().ToList(), query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var customer = reader.GetInt64(CustomerHistorySql.Customer);
                totals[customer] = reader.GetInt64(CustomerHistorySql.Total);
                if (reader.GetInt32(CustomerHistorySql.Selected) == 0) continue;
                var position = new HistoryPosition(IsoText.ParseTimestamp(reader.GetString(CustomerHistorySql.At)), reader.GetInt64(CustomerHistorySql.RowId));
                items.Add((customer, read(reader, customer, position)));
            }
        }

        return new CustomerHistory<T>(items.ToLookup(i => i.Customer, i => i.Item), totals);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(read(reader));
        return rows;
    }
}
