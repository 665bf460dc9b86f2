using System.Runtime.CompilerServices;
using Hub.Core;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>A column of the target database as <c>hub copy</c> sees it: name, type (udt name: int8, text, jsonb...) and whether it is an identity column.</summary>
public sealed record PostgresCopyColumn(string Name, string Type, bool IsIdentity);

/// <summary>
/// The PostgreSQL database <c>hub copy</c> fills: everything happens in one transaction on one connection, so a copy that
/// fails or does not check out leaves nothing behind, and the rows it wrote can be read back and checked before they are
/// committed. Table and column names come from the copy's own table list and the database's schema, never from a user.
/// </summary>
public sealed class PostgresCopyTarget : IAsyncDisposable
{
    // Long enough for a hub's own short transactions to finish, short enough to say soon that something else holds the tables.
    private const string LockTimeout = "15s";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private PostgresCopyTarget(NpgsqlConnection connection, NpgsqlTransaction transaction, string description)
    {
        _connection = connection;
        _transaction = transaction;
        Description = description;
    }

    /// <summary>"'hub' on db:5432", for messages (no credentials).</summary>
    public string Description { get; }

    /// <summary>Opens a connection and starts the copy's transaction.</summary>
    public static async Task<PostgresCopyTarget> BeginAsync(PostgresConnectionFactory connections, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var target = new PostgresCopyTarget(connection, transaction, connections.Description);
            await target.ExecuteAsync($"SET LOCAL lock_timeout = '{LockTimeout}';", cancellationToken).ConfigureAwait(false);
            return target;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The tables of the connection's schema (the hub's, Quartz's and the migration journal).</summary>
    public async Task<IReadOnlyList<string>> TablesAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name;");
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>The columns of <paramref name="table"/> in table order; generated columns (computed by PostgreSQL, never written) are left out.</summary>
    public async Task<IReadOnlyList<PostgresCopyColumn>> ColumnsAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "SELECT column_name, udt_name, is_identity = 'YES' FROM information_schema.columns " +
            "WHERE table_schema = current_schema() AND table_name = @table AND is_generated = 'NEVER' ORDER BY ordinal_position;");
        command.Parameters.AddWithValue("table", table);
        var columns = new List<PostgresCopyColumn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            columns.Add(new PostgresCopyColumn(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        return columns;
    }

    /// <summary>
    /// Keeps every other writer out of <paramref name="tables"/> until the copy commits (readers go on), so no hub can write
    /// between the check that they hold no data and the copy.
    /// </summary>
    /// <exception cref="UserFacingException">Another session held them longer than the lock timeout.</exception>
    public async Task LockAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync($"LOCK TABLE {string.Join(", ", tables.Select(Quote))} IN EXCLUSIVE MODE;", cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new UserFacingException(
                $"the target database {Description} is in use (its tables stayed locked for {LockTimeout}): stop the hubs using it, or copy into an empty database of its own");
        }
    }

    /// <summary>Whether <paramref name="table"/> has a row (matching <paramref name="where"/>, an SQL condition, when given).</summary>
    public async Task<bool> HasRowsAsync(string table, string? where, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT EXISTS (SELECT 1 FROM {Quote(table)}{(where is null ? "" : " WHERE " + where)});");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Deletes every row of <paramref name="table"/> (within the copy's transaction).</summary>
    public Task DeleteAllAsync(string table, CancellationToken cancellationToken) => ExecuteAsync($"DELETE FROM {Quote(table)};", cancellationToken);

    /// <summary>Starts a binary COPY of <paramref name="columns"/> into <paramref name="table"/>; columns left out take their default.</summary>
    public async Task<PostgresCopyImport> BeginImportAsync(string table, IReadOnlyList<CopyColumn> columns, CancellationToken cancellationToken)
    {
        var copy = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY);";
        return new PostgresCopyImport(await _connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false), columns);
    }

    /// <summary>
    /// Moves the sequence behind identity column <paramref name="column"/> past its highest value, so the next row the hub
    /// inserts gets a new id: rows copied with their ids do not draw from the sequence.
    /// </summary>
    public Task AdvanceIdentityAsync(string table, string column, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"SELECT setval(pg_get_serial_sequence('{Quote(table)}', '{column}'), coalesce(max({Quote(column)}), 0) + 1, false) FROM {Quote(table)};",
            cancellationToken);

    /// <summary>How many rows <paramref name="table"/> has now (the copy's own included).</summary>
    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT count(*) FROM {Quote(table)};");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// The rows of <paramref name="table"/> in <paramref name="key"/> order (text in byte order, as SQLite sorts it), as
    /// <paramref name="columns"/>. The same array is handed out for every row: use it before asking for the next.
    /// </summary>
    public async IAsyncEnumerable<CopyValue[]> ReadAsync(string table, IReadOnlyList<CopyColumn> columns, IReadOnlyList<string> key,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var kinds = columns.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal);
        var order = key.Select(k => kinds[k] is CopyValueKind.Text ? $"{Quote(k)} COLLATE \"C\"" : Quote(k));
        await using var command = Command($"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Quote(table)} ORDER BY {string.Join(", ", order)};");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new CopyValue[columns.Count];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < row.Length; i++) row[i] = Read(reader, i, columns[i].Kind);
            yield return row;
        }
    }

    /// <summary>Refreshes the planner's statistics of <paramref name="table"/>: it has just gone from empty to full.</summary>
    public Task AnalyzeAsync(string table, CancellationToken cancellationToken) => ExecuteAsync($"ANALYZE {Quote(table)};", cancellationToken);

    /// <summary>Commits the copy.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back what was not committed and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static CopyValue Read(NpgsqlDataReader reader, int ordinal, CopyValueKind kind)
    {
        if (reader.IsDBNull(ordinal)) return CopyValue.Null;
        return kind switch
        {
            CopyValueKind.Integer => CopyValue.Of(reader.GetInt64(ordinal)),
            CopyValueKind.Boolean => CopyValue.Of(reader.GetBoolean(ordinal)),
            CopyValueKind.Real => CopyValue.Of(reader.GetDouble(ordinal)),
            CopyValueKind.Decimal => CopyValue.Of(reader.GetDecimal(ordinal)),
            // jsonb comes back as PostgreSQL renders it; the checksum compares its canonical form.
            _ => CopyValue.Of(reader.GetString(ordinal)),
        };
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // No time limit: reading back or counting a table of millions of rows may take longer than Npgsql's 30 s default,
    // and the copy is stopped by Ctrl+C instead.
    private NpgsqlCommand Command(string sql) => new(sql, _connection, _transaction) { CommandTimeout = 0 };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
