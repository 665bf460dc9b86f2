using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Hub.Core.Mining;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Reads every unified customer with its activity: five statements (customers, their records, orders, interactions,
/// events), each in customer-number order, merged as they stream (<see cref="MiningActivityMerge"/>) — never a query per
/// customer.
/// Building the activity costs processor time, not I/O, so the customer numbers are cut into ranges read side by side, one
/// connection each, and handed on in order. Every range's read transaction starts while this reader holds the file's
/// write lock, so no commit can fall between them: together they see one state of the file, even while a sync writes.
/// </summary>
internal sealed class SqliteMiningActivity(SqliteConnectionFactory connections) : IMiningActivitySource
{
    private const int SqliteBusy = 5;

    /// <summary>How many ranges are read side by side: one per processor, at most 4.</summary>
    internal static readonly int Ranges = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public async IAsyncEnumerable<Contracts.CustomerActivity> ReadAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var end = IsoText.Timestamp(new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var readers = await OpenOnOneStateAsync(cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var later = new List<(Channel<Contracts.CustomerActivity> Customers, Task Read)>();
        try
        {
            var bounds = await RangeBoundsAsync(readers[0].Connection, readers.Count, stop.Token).ConfigureAwait(false);
            // The first range is handed on as it is read; the others are read at the same time and wait their turn.
            for (var i = 1; i < readers.Count; i++)
            {
                var channel = Channel.CreateUnbounded<Contracts.CustomerActivity>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
                var (connection, from, to) = (readers[i].Connection, bounds[i], bounds[i + 1]);
                later.Add((channel, Task.Run(() => FillAsync(channel.Writer, connection, from, to, end, stop.Token), stop.Token)));
            }

            await foreach (var customer in ReadRangeAsync(readers[0].Connection, bounds[0], bounds[1], end, stop.Token).ConfigureAwait(false))
                yield return customer;
            foreach (var (channel, read) in later)
            {
                await foreach (var customer in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false)) yield return customer;
                await read.ConfigureAwait(false);
            }
        }
        finally
        {
            // A reader that stops early (an error, a cancellation) stops the ranges still being read before their connections close.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var (_, read) in later)
            {
                try
                {
                    await read.ConfigureAwait(false);
                }
                catch (Exception) when (stop.IsCancellationRequested)
                {
                    // What the early stop caused; the error that stopped the read, if any, is already on its way out.
                }
            }

            foreach (var reader in readers)
            {
                reader.Transaction.Dispose();
                await reader.Connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // One connection per range, each in a read transaction that has read the file, all started under the write lock. When
    // a long write holds that lock past the busy timeout, one connection reads everything, which needs no lock.
    private async Task<List<(SqliteConnection Connection, SqliteTransaction Transaction)>> OpenOnOneStateAsync(CancellationToken cancellationToken)
    {
        var readers = new List<(SqliteConnection, SqliteTransaction)>();
        await using var writeLock = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteTransaction? hold = null;
        try
        {
            try
            {
                hold = writeLock.BeginTransaction(deferred: false);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteBusy)
            {
                hold = null;
            }

            for (var i = 0; i < (hold is null ? 1 : Ranges); i++)
            {
                var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
                var transaction = connection.BeginTransaction(deferred: true);
                readers.Add((connection, transaction));
                // A deferred transaction takes its snapshot at its first read.
                using var first = connection.CreateCommand();
                first.CommandText = "SELECT count(*) FROM mining_runs;";
                first.ExecuteScalar();
            }

            return readers;
        }
        catch
        {
            foreach (var (connection, transaction) in readers)
            {
                transaction.Dispose();
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
        finally
        {
            hold?.Rollback();
            hold?.Dispose();
        }
    }

    // Customer numbers cutting the customers into ranges of about equal size: bounds[i] up to, not including, bounds[i + 1].
    internal static async Task<long[]> RangeBoundsAsync(SqliteConnection connection, int ranges, CancellationToken cancellationToken)
    {
        var bounds = new long[ranges + 1];
        bounds[0] = long.MinValue;
        bounds[ranges] = long.MaxValue;
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM customers;";
        var customers = (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        for (var i = 1; i < ranges; i++)
        {
            await using var cut = connection.CreateCommand();
            cut.CommandText = "SELECT number FROM customers ORDER BY number LIMIT 1 OFFSET $offset;";
            cut.Parameters.AddWithValue("$offset", customers * i / ranges);
            // Fewer customers than ranges: the empty ranges start where the last customer ends.
            bounds[i] = await cut.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long number ? number : long.MaxValue;
        }

        return bounds;
    }

    private static async Task FillAsync(ChannelWriter<Contracts.CustomerActivity> customers, SqliteConnection connection, long from, long to, string end,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var customer in ReadRangeAsync(connection, from, to, end, cancellationToken).ConfigureAwait(false))
                await customers.WriteAsync(customer, cancellationToken).ConfigureAwait(false);
            customers.Complete();
        }
        catch (Exception ex)
        {
            customers.Complete(ex);
            throw;
        }
    }

    private static async IAsyncEnumerable<Contracts.CustomerActivity> ReadRangeAsync(SqliteConnection connection, long from, long to, string end,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var customers = Command(connection, MiningActivityStreams.Customers, from, to, end);
        await using var records = Command(connection, MiningActivityStreams.Records, from, to, end);
        await using var orders = Command(connection, MiningActivityStreams.Orders, from, to, end);
        await using var interactions = Command(connection, MiningActivityStreams.Interactions, from, to, end);
        await using var events = Command(connection, MiningActivityStreams.Events, from, to, end);
        await using var customerRows = await customers.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var recordRows = await records.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var orderRows = await orders.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var interactionRows = await interactions.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var eventRows = await events.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var customer in MiningActivityMerge.ReadAsync(customerRows, recordRows, orderRows, interactionRows, eventRows, cancellationToken)
                           .ConfigureAwait(false))
            yield return customer;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, long from, long to, string end)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        if (sql.Contains("$end", StringComparison.Ordinal)) command.Parameters.AddWithValue("$end", end);
        return command;
    }
}
