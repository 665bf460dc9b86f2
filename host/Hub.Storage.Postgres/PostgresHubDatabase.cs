using System.Reflection;
using DbUp;
using DbUp.Engine;
using DbUp.Postgresql;
using Hub.Core;
using Hub.Core.Storage;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Creates and upgrades the schema with DbUp from the SQL scripts embedded under <c>Migrations/</c> (this engine's own
/// history, not the SQLite one), under an advisory lock so that nodes starting together migrate once.
/// </summary>
internal sealed class PostgresHubDatabase(PostgresConnectionFactory connections) : IHubDatabase
{
    internal const string JournalTable = "hub_migrations";
    private static readonly string ScriptPrefix = typeof(PostgresHubDatabase).Namespace + ".Migrations.";

    public string Engine => "postgres";

    /// <summary>The migration scripts this version knows, by the names the journal keeps.</summary>
    internal static HashSet<string> KnownScripts() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(IsScript).ToHashSet(StringComparer.Ordinal);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Several nodes may start together on a fresh database: the first to take the lock migrates, the others wait and
        // then find every script applied. A session lock (not a transaction one), because DbUp runs on its own connection.
        await using var held = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(held, "SELECT pg_advisory_lock(@key);", cancellationToken).ConfigureAwait(false);
        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(new PostgresqlConnectionManager(connections.DataSource))
                .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), IsScript)
                .JournalToPostgresqlTable(null, JournalTable)
                // One transaction for the whole upgrade: a failed script rolls every script of this upgrade back.
                .WithTransaction()
                .WithVariablesDisabled()
                .LogToNowhere()
                .Build();
            var unknown = upgrader.GetExecutedButNotDiscoveredScripts();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database {connections.Description} was upgraded by a newer version of the hub (it has {string.Join(", ", unknown)}). " +
                    "Run that version, or point --connection at another database.");
            }

            var result = await Task.Run(upgrader.PerformUpgrade, cancellationToken).ConfigureAwait(false);
            if (!result.Successful)
            {
                throw new InvalidOperationException(
                    $"Could not upgrade the database {connections.Description} (script {result.ErrorScript?.Name ?? "?"}): {result.Error?.Message.TrimEnd('.')}. " +
                    "Check that the hub's database user may create tables, functions and triggers there, and retry; if it keeps failing, restore a dump of the database.",
                    result.Error);
            }
        }
        finally
        {
            // Closing the session would release it too, but a pooled connection is not closed.
            await ExecuteAsync(held, "SELECT pg_advisory_unlock(@key);", CancellationToken.None).ConfigureAwait(false);
        }
    }

    public Task<long> BackupToAsync(string destination, CancellationToken cancellationToken) =>
        throw new UserFacingException(
            $"'hub backup' copies the embedded SQLite database; this hub keeps its data in PostgreSQL ({connections.Description}). " +
            "Back it up with PostgreSQL's own tools, e.g. pg_dump --format=custom --file=hub.dump, and restore with pg_restore.");

    public async Task<IReadOnlyCollection<string>> ListAppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL;", connection))
        {
            exists.Parameters.AddWithValue("table", JournalTable);
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!) return [];
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand($"SELECT scriptname FROM {JournalTable};", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) applied.Add(reader.GetString(0));
        return applied;
    }

    public async Task<string?> CheckReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = await ListAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
            if (applied.Count == 0) return "the database has no hub schema yet (run hub migrate)";
            var missing = KnownScripts().Count(name => !applied.Contains(name));
            return missing == 0 ? null : $"the database lacks {missing} migration(s)";
        }
        catch (NpgsqlException e)
        {
            return $"the database cannot be read: {PostgresErrors.Describe(e, connections.Description) ?? e.Message.TrimEnd('.')}";
        }
    }

    public bool IsTransient(Exception exception) => PostgresErrors.IsTransient(exception);

    private static bool IsScript(string name) => name.StartsWith(ScriptPrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", PostgresAdvisoryLocks.Migrate);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
