using System.Runtime.CompilerServices;
using Hub.Core;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>A column of the source file as <c>hub copy</c> sees it: name, declared type, and place in the primary key (0: none).</summary>
public sealed record SqliteCopyColumn(string Name, string DeclaredType, int KeyPosition);

/// <summary>
/// The hub's SQLite file as the source of <c>hub copy</c>: opened read-only (the file is never written), and read inside one
/// read transaction, so every table comes from the same moment even while a running hub keeps writing (WAL keeps that
/// moment's pages for this reader). Rows are streamed, never held: a table of any size costs one row.
/// </summary>
public sealed class SqliteCopySource : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private SqliteCopySource(string path, SqliteConnection connection, SqliteTransaction transaction)
    {
        DatabasePath = path;
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>The full path of the file.</summary>
    public string DatabasePath { get; }

    /// <summary>The file's tables, SQLite's own (sqlite_*) left out.</summary>
    public IReadOnlyList<string> Tables { get; private set; } = [];

    /// <summary>Opens <paramref name="path"/> read-only and takes the snapshot every later read sees.</summary>
    /// <exception cref="UserFacingException">There is no file, it is not a hub database, or its schema is not this version's.</exception>
    public static async Task<SqliteCopySource> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath)) throw new UserFacingException($"there is no hub database at '{fullPath}': give --from sqlite:PATH the hub's data dir or its hub.db file");

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadOnly,
            // Closed with the copy, so the file is not held open by a pool afterwards.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // Deferred: the snapshot is taken by the first read below, and a read-only connection could not take a write lock anyway.
            var transaction = connection.BeginTransaction(deferred: true);
            var source = new SqliteCopySource(fullPath, connection, transaction);
            source.Tables = await source.ListAsync(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name;", cancellationToken).ConfigureAwait(false);
            await source.CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
            return source;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new UserFacingException($"cannot read '{fullPath}' as a hub database ({e.Message.TrimEnd('.')}); give --from sqlite:PATH a hub's data dir or its hub.db file");
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The columns of <paramref name="table"/> in table order; generated columns (computed, not stored) are left out.</summary>
    public async Task<IReadOnlyList<SqliteCopyColumn>> ColumnsAsync(string table, CancellationToken cancellationToken)
    {
        // hidden: 0 an ordinary column, 2 and 3 generated ones (virtual, stored).
        await using var command = Command("SELECT name, type, pk FROM pragma_table_xinfo($table) WHERE hidden = 0 ORDER BY cid;");
        command.Parameters.AddWithValue("$table", table);
        var columns = new List<SqliteCopyColumn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            columns.Add(new SqliteCopyColumn(reader.GetString(0), reader.GetString(1).ToUpperInvariant(), reader.GetInt32(2)));
        return columns;
    }

    /// <summary>How many rows <paramref name="table"/> has in the snapshot.</summary>
    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT count(*) FROM {Quote(table)};");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// The rows of <paramref name="table"/> in <paramref name="key"/> order, as <paramref name="columns"/> (the key among them).
    /// The same array is handed out for every row: use it before asking for the next.
    /// </summary>
    /// <exception cref="UserFacingException">A value cannot be carried unchanged; the message names the table, row and column.</exception>
    public async IAsyncEnumerable<CopyValue[]> ReadAsync(string table, IReadOnlyList<CopyColumn> columns, IReadOnlyList<string> key,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT {string.Join(", ", columns.Select(c => Quote(c.Name)))} FROM {Quote(table)} ORDER BY {string.Join(", ", key.Select(Quote))};");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new CopyValue[columns.Count];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < row.Length; i++)
            {
                try
                {
                    row[i] = SqliteCopyValues.Read(reader, i, columns[i].Kind);
                }
                catch (InvalidDataException e)
                {
                    var where = string.Join(", ", key.Select(k => $"{k} {reader.GetValue(reader.GetOrdinal(k))}"));
                    throw new UserFacingException(
                        $"{table}.{columns[i].Name} of the row with {where} {e.Message}, so it cannot be copied unchanged: " +
                        "correct that row in the source (after a 'hub backup') and run 'hub copy' again.");
                }
            }

            yield return row;
        }
    }

    /// <summary>
    /// What the scheduler had paused, from Quartz's tables in the file, which the copy leaves behind (a serving hub rebuilds
    /// the jobs from the connectors, but a pause lives only there): the names of paused triggers, and of trigger groups
    /// paused as a whole. Empty when the file has no scheduler tables.
    /// </summary>
    public async Task<(IReadOnlyList<string> Triggers, IReadOnlyList<string> Groups)> PausedTriggersAsync(CancellationToken cancellationToken)
    {
        if (!Tables.Contains("QRTZ_TRIGGERS") || !Tables.Contains("QRTZ_PAUSED_TRIGGER_GRPS")) return ([], []);
        var triggers = await ListAsync("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_STATE IN ('PAUSED', 'PAUSED_BLOCKED') ORDER BY TRIGGER_NAME;", cancellationToken)
            .ConfigureAwait(false);
        var groups = await ListAsync("SELECT TRIGGER_GROUP FROM QRTZ_PAUSED_TRIGGER_GRPS ORDER BY TRIGGER_GROUP;", cancellationToken).ConfigureAwait(false);
        return (triggers, groups);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Rolling back a read transaction only ends the snapshot.
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    // The copy maps columns by this version's schema: a file an older hub wrote lacks some, one a newer hub wrote may have others.
    private async Task CheckSchemaAsync(CancellationToken cancellationToken)
    {
        if (!Tables.Contains("hub_migrations"))
            throw new UserFacingException($"'{DatabasePath}' is a SQLite file but not a hub database (it has no migration journal)");
        var applied = (await ListAsync("SELECT ScriptName FROM hub_migrations;", cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var known = SqliteHubDatabase.KnownScripts();
        if (applied.FirstOrDefault(name => !known.Contains(name)) is { } newer)
            throw new UserFacingException($"'{DatabasePath}' was written by a newer version of the hub (it has {newer}): copy it with that version");
        if (known.Count(name => !applied.Contains(name)) is var missing and > 0)
        {
            throw new UserFacingException(
                $"'{DatabasePath}' was written by an older version of the hub ({missing} migration(s) behind): upgrade it first with " +
                $"'hub migrate --data-dir {Path.GetDirectoryName(DatabasePath)}' (stop the hub using it, and take a 'hub backup' if unsure), then copy it");
        }
    }

    private async Task<IReadOnlyList<string>> ListAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) names.Add(reader.GetString(0));
        return names;
    }

    private SqliteCommand Command(string sql) => new(sql, _connection, _transaction);

    // Names come from this file's schema and the copy's own table list, never from a user; quoted all the same.
    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
