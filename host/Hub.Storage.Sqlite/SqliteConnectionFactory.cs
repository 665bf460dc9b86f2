using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Opens connections to the hub's SQLite file, each ready for use: foreign keys on, a busy timeout so the CLI and a
/// running server can share the file, and <c>synchronous=NORMAL</c> (safe under WAL, much faster than FULL).
/// Public so that parts keeping their own tables in the same file (the Quartz job store) can use <see cref="ConnectionString"/>.
/// </summary>
public sealed class SqliteConnectionFactory : IStorageConnections, IDisposable
{
    private const int BusyTimeoutSeconds = 5;

    // Pragmas that do not persist in the file have to be set on every connection; on a pooled connection this is a no-op round trip.
    // secure_delete = FAST zeroes the old bytes of rows that are rewritten or deleted wherever that costs no extra I/O: the
    // file holds personal data, and an erasure must not find earlier versions of it lingering in free space.
    private const string ConnectionPragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = FAST;";

    /// <summary>Creates a factory for the database file at <paramref name="databasePath"/>; its folder is created if missing.</summary>
    public SqliteConnectionFactory(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutSeconds,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>A connection string for the file (Microsoft.Data.Sqlite syntax).</summary>
    public string ConnectionString { get; }

    // Bulk writes (an ingest batch, a chunk of mining scores) update pages all over their indexes. With SQLite's defaults
    // (a 2 MB page cache, a checkpoint every 1,000 WAL pages) an import of 1.6 million customer rows re-read most of those
    // pages for every batch and copied them back into the file after nearly every commit; with these two it ran about a
    // quarter faster (tests/Hub.Benchmarks). Both are limits on this connection, which the pool hands back to the next
    // bulk write with its cache still warm: memory is only taken as pages are used.
    private const string BulkWritePragmas = "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000;";

    /// <summary>Opens a connection for a large write: the hub's pragmas, a larger page cache, and fewer checkpoints.</summary>
    public async Task<SqliteConnection> OpenForBulkWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = BulkWritePragmas;
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Opens a connection with the hub's pragmas applied. The caller disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    async Task<DbConnection> IStorageConnections.OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    // IMMEDIATE: the write lock is taken at BEGIN, so what the transaction reads stays current until it commits.
    Task<DbTransaction> IStorageConnections.BeginReadThenWriteAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // JSON is text in SQLite.
    string IStorageConnections.JsonParameter(string name) => "@" + name;

    /// <summary>Closes pooled connections so the file is released (on shutdown, or before a test deletes it).</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
