using System.Runtime.CompilerServices;
using Hub.Core.Mining;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Reads every unified customer with its activity in one pass: five statements (customers, their records, orders,
/// interactions, events), each in customer-number order, merged as they stream (<see cref="MiningActivityMerge"/>) — never
/// a query per customer. They run in one read transaction, so they see one state of the file even while a sync writes.
/// </summary>
internal sealed class SqliteMiningActivity(SqliteConnectionFactory connections) : IMiningActivitySource
{
    public async IAsyncEnumerable<Contracts.CustomerActivity> ReadAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var end = IsoText.Timestamp(new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: true);
        await using var customers = Command(connection, MiningActivityStreams.Customers, end);
        await using var records = Command(connection, MiningActivityStreams.Records, end);
        await using var orders = Command(connection, MiningActivityStreams.Orders, end);
        await using var interactions = Command(connection, MiningActivityStreams.Interactions, end);
        await using var events = Command(connection, MiningActivityStreams.Events, end);
        await using var customerRows = await customers.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var recordRows = await records.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var orderRows = await orders.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var interactionRows = await interactions.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var eventRows = await events.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var customer in MiningActivityMerge.ReadAsync(customerRows, recordRows, orderRows, interactionRows, eventRows, cancellationToken)
                           .ConfigureAwait(false))
            yield return customer;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string end)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$end", StringComparison.Ordinal)) command.Parameters.AddWithValue("$end", end);
        return command;
    }
}
