using System.Data;
using System.Runtime.CompilerServices;
using Hub.Core.Mining;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Reads every unified customer with its activity in one pass: five statements (customers, their records, orders,
/// interactions, events), each in customer-number order, merged as they stream (<see cref="MiningActivityMerge"/>), as on
/// SQLite. A connection has one open reader at a time here, so each statement streams on a connection of its own, and the
/// five see one state of the database however long the miners take: the first opens a REPEATABLE READ transaction and
/// exports its snapshot (<c>pg_export_snapshot()</c>), the other four import it. Paging each statement in keyset batches on
/// one connection would also see one snapshot, but would run a statement per batch and kind; this way each statement is
/// planned and scanned once, and rows arrive as the server produces them, held back by the merge's pace.
/// </summary>
internal sealed class PostgresMiningActivity(PostgresConnectionFactory connections) : IMiningActivitySource
{
    public async IAsyncEnumerable<Contracts.CustomerActivity> ReadAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var end = IsoText.Timestamp(new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        await using var customers = await SnapshotStatement.BeginAsync(connections, null, cancellationToken).ConfigureAwait(false);
        var snapshot = await customers.ExportSnapshotAsync(cancellationToken).ConfigureAwait(false);
        await using var records = await SnapshotStatement.BeginAsync(connections, snapshot, cancellationToken).ConfigureAwait(false);
        await using var orders = await SnapshotStatement.BeginAsync(connections, snapshot, cancellationToken).ConfigureAwait(false);
        await using var interactions = await SnapshotStatement.BeginAsync(connections, snapshot, cancellationToken).ConfigureAwait(false);
        await using var events = await SnapshotStatement.BeginAsync(connections, snapshot, cancellationToken).ConfigureAwait(false);
        await foreach (var customer in MiningActivityMerge.ReadAsync(
                           await customers.ReadAsync(PostgresMiningActivityStreams.Customers, end, cancellationToken).ConfigureAwait(false),
                           await records.ReadAsync(PostgresMiningActivityStreams.Records, end, cancellationToken).ConfigureAwait(false),
                           await orders.ReadAsync(PostgresMiningActivityStreams.Orders, end, cancellationToken).ConfigureAwait(false),
                           await interactions.ReadAsync(PostgresMiningActivityStreams.Interactions, end, cancellationToken).ConfigureAwait(false),
                           await events.ReadAsync(PostgresMiningActivityStreams.Events, end, cancellationToken).ConfigureAwait(false),
                           cancellationToken).ConfigureAwait(false))
            yield return customer;

        // Every statement was read to its end: nothing left to stop.
        foreach (var statement in new[] { customers, records, orders, interactions, events }) statement.Finished = true;
    }

    /// <summary>One statement's connection, read-only REPEATABLE READ transaction, and reader; disposing ends all three.</summary>
    private sealed class SnapshotStatement(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        private NpgsqlCommand? _command;
        private NpgsqlDataReader? _reader;

        /// <summary>Whether the reader was read to its end; if not, disposing stops the statement rather than reading the rest.</summary>
        public bool Finished { get; set; }

        /// <summary>Begins the transaction; with <paramref name="snapshot"/>, on that exported snapshot.</summary>
        public static async Task<SnapshotStatement> BeginAsync(PostgresConnectionFactory connections, string? snapshot, CancellationToken cancellationToken)
        {
            var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
                var statement = new SnapshotStatement(connection, transaction);
                // SET TRANSACTION SNAPSHOT must come before the transaction's first query.
                // SET takes no parameters; the id is the server's own (hex digits and dashes), checked before it is quoted.
                if (snapshot is not null && !snapshot.All(c => char.IsAsciiHexDigit(c) || c == '-'))
                    throw new InvalidOperationException($"PostgreSQL exported a snapshot id of an unknown form: {snapshot}");
                var setup = snapshot is null ? "SET TRANSACTION READ ONLY;" : $"SET TRANSACTION SNAPSHOT '{snapshot}'; SET TRANSACTION READ ONLY;";
                await using var command = new NpgsqlCommand(setup, connection, transaction);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return statement;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public async Task<string> ExportSnapshotAsync(CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand("SELECT pg_export_snapshot();", connection, transaction);
            return (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        public async Task<NpgsqlDataReader> ReadAsync(string sql, string end, CancellationToken cancellationToken)
        {
            _command = new NpgsqlCommand(sql, connection, transaction);
            if (sql.Contains("@end", StringComparison.Ordinal)) _command.Parameters.Add(new NpgsqlParameter<string>("end", end));
            return _reader = await _command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            if (_reader is not null)
            {
                // A reader disposed early reads and drops the rest of its rows (a million, when a miner fails on the first
                // customer): the server is told to stop instead, and the cancellation it answers with is expected.
                if (!Finished) _command!.Cancel();
                try
                {
                    await _reader.DisposeAsync().ConfigureAwait(false);
                }
                catch (PostgresException e) when (!Finished && e.SqlState == PostgresErrorCodes.QueryCanceled)
                {
                }
            }

            if (_command is not null) await _command.DisposeAsync().ConfigureAwait(false);
            await transaction.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
