using System.Reflection;
using DbUp;
using DbUp.Sqlite.Helpers;
using Hub.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>Creates and upgrades the schema with DbUp from the SQL scripts embedded under <c>Migrations/</c>.</summary>
internal sealed class SqliteHubDatabase(SqliteConnectionFactory connections) : IHubDatabase
{
    private const string JournalTable = "hub_migrations";
    private static readonly string ScriptPrefix = typeof(SqliteHubDatabase).Namespace + ".Migrations.";

    public string Engine => "sqlite";

    /// <summary>The migration scripts this version knows, by the names the journal keeps.</summary>
    internal static HashSet<string> KnownScripts() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var wal = connection.CreateCommand())
        {
            // WAL is a property of the file, so setting it once is enough; it cannot be changed inside a transaction.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        // The CLI and a server may start together on a fresh file: a write lock taken before DbUp reads its journal
        // makes the second one wait and then find every script applied, instead of both running script 1.
        // Commands created on the connection join this transaction, so a failed script rolls everything back.
        using var transaction = connection.BeginTransaction(deferred: false);
        var upgrader = DeployChanges.To
            .SqliteDatabase(new SharedConnection(connection))
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal))
            .JournalToSqliteTable(JournalTable)
            .WithoutTransaction()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build();
        var unknown = upgrader.GetExecutedButNotDiscoveredScripts();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database '{connections.DatabasePath}' was upgraded by a newer version of the hub (it has {string.Join(", ", unknown)}). " +
                "Run that version, or point --data-dir at another folder.");
        }
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Could not upgrade the database '{connections.DatabasePath}' (script {result.ErrorScript?.Name ?? "?"}): {result.Error?.Message.TrimEnd('.')}. " +
                "Check that no other program holds the file locked and retry; if it keeps failing, restore a backup of the file or point --data-dir at a fresh folder.",
                result.Error);
        }
        transaction.Commit();
    }

    public Task<long> BackupToAsync(string destination, CancellationToken cancellationToken) =>
        SqliteBackup.WriteAsync(connections, destination, cancellationToken);

    public async Task<IReadOnlyCollection<string>> ListAppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        // Opening a missing file would create an empty one: asking must not do that.
        if (!File.Exists(connections.DatabasePath)) return [];
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        using var exists = connection.CreateCommand();
        exists.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{JournalTable}';";
        if ((long)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 0) return applied;

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT ScriptName FROM {JournalTable};";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) applied.Add(reader.GetString(0));
        return applied;
    }

    public async Task<string?> CheckReadyAsync(CancellationToken cancellationToken)
    {
        // Opening a missing file would create an empty one: a probe must not do that.
        if (!File.Exists(connections.DatabasePath)) return "the database file is missing";
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT ScriptName FROM {JournalTable}";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) applied.Add(reader.GetString(0));
            }

            var missing = Assembly.GetExecutingAssembly().GetManifestResourceNames()
                .Count(name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal) && !applied.Contains(name));
            return missing == 0 ? null : $"the database lacks {missing} migration(s)";
        }
        catch (SqliteException e)
        {
            return $"the database cannot be read: {e.Message.TrimEnd('.')}";
        }
    }

    // SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock longer than the busy timeout.
    public bool IsTransient(Exception exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 };
}
