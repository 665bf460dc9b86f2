using System.Data.Common;

namespace Hub.Storage.Common;

/// <summary>
/// How the stores both engines share reach the database, and the few things those stores need said differently per engine.
/// Each engine's connection factory implements it.
/// </summary>
public interface IStorageConnections
{
    /// <summary>Opens a connection ready for use. The caller disposes it.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction that reads <paramref name="table"/> and then writes it, where what it read must still hold when
    /// it writes: no other writer may change the table in between (SQLite takes the write lock at once; PostgreSQL locks the table
    /// against other writers, readers go on).
    /// </summary>
    Task<DbTransaction> BeginReadThenWriteAsync(DbConnection connection, string table, CancellationToken cancellationToken);

    /// <summary>How SQL names a parameter bound to a JSON column: the engine's JSON type where it has one.</summary>
    string JsonParameter(string name);
}
