using System.Data.Common;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Opens connections to the hub's PostgreSQL database from one <see cref="NpgsqlDataSource"/> (one pool per process).
/// Public so that parts keeping their own tables in the same database (the Quartz job store) can use <see cref="ConnectionString"/>.
/// </summary>
public sealed class PostgresConnectionFactory : IStorageConnections, IDisposable, IAsyncDisposable
{
    /// <summary>Creates a factory for <paramref name="connectionString"/> (Npgsql syntax: <c>Host=...;Database=...;Username=...</c>).</summary>
    public PostgresConnectionFactory(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"the PostgreSQL connection string is not valid ({e.Message.TrimEnd('.')}); write it as Host=HOST;Port=5432;Database=NAME;Username=USER;Password=...", e);
        }

        // Without a name the server picks one: say which database this is in messages.
        builder.ApplicationName ??= "hub";
        // Npgsql cuts a command at 30 s unless told otherwise, and a full resolution's save rewrites a million rows in one
        // statement, which takes longer on a modest server. The hub bounds its work itself (run timeouts, shutdown, Ctrl+C
        // cancel the command), so a command runs as long as it needs unless the connection string sets a limit.
        if (!CommandTimeoutSet.IsMatch(connectionString)) builder.CommandTimeout = 0;
        ConnectionString = builder.ConnectionString;
        DataSource = NpgsqlDataSource.Create(builder);
        Description = $"'{builder.Database ?? builder.Username ?? "postgres"}' on {builder.Host ?? "localhost"}:{builder.Port}";
    }

    private static readonly System.Text.RegularExpressions.Regex CommandTimeoutSet =
        new(@"(^|;)\s*command\s*timeout\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The connection string, as given (plus an application name); it may hold a password, so never print it.</summary>
    public string ConnectionString { get; }

    /// <summary>The data source every connection comes from.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>"'hub' on db.example:5432": the database for messages, without credentials.</summary>
    public string Description { get; }

    /// <summary>Opens a pooled connection. The caller disposes it.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    async Task<DbConnection> IStorageConnections.OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    // SQLite's IMMEDIATE blocks every other writer; here other writers of the table wait (SHARE ROW EXCLUSIVE conflicts with
    // every write lock and with itself) while readers go on. The table name comes from the store's code, never from input.
    async Task<DbTransaction> IStorageConnections.BeginReadThenWriteAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand($"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE;", (NpgsqlConnection)connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // A text parameter is not taken for jsonb without a cast.
    string IStorageConnections.JsonParameter(string name) => $"CAST(@{name} AS jsonb)";

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose() => DataSource.Dispose();

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
