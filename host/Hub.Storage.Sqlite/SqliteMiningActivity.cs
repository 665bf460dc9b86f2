using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Core.Model;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Reads every unified customer with its activity in one pass: five statements (customers, their records, orders,
/// interactions, events), each in customer-number order, merged as they stream — never a query per customer. They run in
/// one read transaction, so they see one state of the file even while a sync writes.
/// </summary>
internal sealed class SqliteMiningActivity(SqliteConnectionFactory connections) : IMiningActivitySource
{
    public async IAsyncEnumerable<Contracts.CustomerActivity> ReadAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var end = IsoText.Timestamp(new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: true);
        await using var customers = await OpenAsync(connection, MiningActivityStreams.Customers, end, cancellationToken).ConfigureAwait(false);
        await using var records = await OpenAsync(connection, MiningActivityStreams.Records, end, cancellationToken).ConfigureAwait(false);
        await using var orders = await OpenAsync(connection, MiningActivityStreams.Orders, end, cancellationToken).ConfigureAwait(false);
        await using var interactions = await OpenAsync(connection, MiningActivityStreams.Interactions, end, cancellationToken).ConfigureAwait(false);
        await using var events = await OpenAsync(connection, MiningActivityStreams.Events, end, cancellationToken).ConfigureAwait(false);

        while (customers.Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = customers.Row;
            var number = row.GetInt64(0);
            var profile = new ProfileBuilder(Text(row, 2), Text(row, 3), Text(row, 4));
            foreach (var record in records.RowsOf(number)) profile.AddRecord(record);
            var customerOrders = orders.RowsOf(number).Select(ReadOrder).OrderBy(o => o.OrderedAt).ToList();
            var customerInteractions = interactions.RowsOf(number).Select(i => profile.AddInteraction(ReadInteraction(i))).OrderBy(i => i.OccurredAt).ToList();
            var customerEvents = events.RowsOf(number).Select(ReadEvent).OrderBy(e => e.OccurredAt).ToList();
            yield return new Contracts.CustomerActivity(CustomerId.Format(number), IsoText.ParseKind(row.GetString(1)), customerOrders, customerInteractions)
            {
                Events = customerEvents,
                Profile = profile.Build(),
            };
        }
    }

    private static async Task<MergeStream> OpenAsync(SqliteConnection connection, string sql, string end, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$end", StringComparison.Ordinal)) command.Parameters.AddWithValue("$end", end);
        return new MergeStream(command, await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false));
    }

    private static OrderRecord ReadOrder(SqliteDataReader row) => new()
    {
        OrderId = row.GetString(2),
        CustomerSourceId = row.GetString(3),
        OrderedAt = IsoText.ParseTimestamp(row.GetString(4)),
        Amount = decimal.Parse(row.GetString(5), NumberStyles.Number, CultureInfo.InvariantCulture),
        Currency = row.GetString(6),
        Lines = JsonColumns.ReadOrderLines(row.GetString(7)),
        Attributes = JsonColumns.ReadObject(row.GetString(8)),
        Position = row.GetString(1),
    };

    private static InteractionRecord ReadInteraction(SqliteDataReader row) => new()
    {
        InteractionId = row.GetString(2),
        CustomerSourceId = row.GetString(3),
        OccurredAt = IsoText.ParseTimestamp(row.GetString(4)),
        Channel = row.GetString(5),
        Type = Text(row, 6),
        Direction = Text(row, 7),
        Duration = row.IsDBNull(8) ? null : TimeSpan.FromMilliseconds(row.GetInt64(8)),
        Outcome = Text(row, 9),
        Agent = Text(row, 10),
        Summary = Text(row, 11),
        Score = Text(row, 12) is { } score ? decimal.Parse(score, NumberStyles.Number, CultureInfo.InvariantCulture) : null,
        Attributes = JsonColumns.ReadObject(row.GetString(13)),
        Position = row.GetString(1),
    };

    private static EventRecord ReadEvent(SqliteDataReader row) => new()
    {
        EventId = row.GetString(2),
        CustomerSourceId = row.GetString(3),
        Name = row.GetString(4),
        OccurredAt = IsoText.ParseTimestamp(row.GetString(5)),
        PropertiesJson = Text(row, 6),
        Attributes = JsonColumns.ReadObject(row.GetString(7)),
        Position = row.GetString(1),
    };

    private static string? Text(SqliteDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    /// <summary>One statement's rows, read ahead by one so the merge can see whose row comes next.</summary>
    private sealed class MergeStream(SqliteCommand command, SqliteDataReader reader) : IAsyncDisposable
    {
        private bool _started;
        private bool _hasRow;

        public SqliteDataReader Row => reader;

        public bool Next()
        {
            _started = true;
            _hasRow = reader.Read();
            return _hasRow;
        }

        /// <summary>The rows of this customer; rows of customers before it (none exist but in a torn state) are skipped.</summary>
        public IEnumerable<SqliteDataReader> RowsOf(long number)
        {
            if (!_started) Next();
            while (_hasRow && reader.GetInt64(0) < number) Next();
            while (_hasRow && reader.GetInt64(0) == number)
            {
                yield return reader;
                Next();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            await command.DisposeAsync().ConfigureAwait(false);
        }
    }
}
