namespace Hub.Scheduling;

/// <summary>
/// Where Quartz keeps its schedules: beside the hub's tables in the SQLite file (one node), or in the hub's PostgreSQL
/// database, clustered, so that every node shares the schedules, each firing runs on exactly one node, and a node that
/// dies has its syncs recovered by another.
/// </summary>
public sealed record SchedulerStore
{
    private SchedulerStore(string? databasePath, string? postgresConnectionString)
    {
        DatabasePath = databasePath;
        PostgresConnectionString = postgresConnectionString;
    }

    /// <summary>The SQLite file (<c>&lt;data-dir&gt;/hub.db</c>), or null for PostgreSQL.</summary>
    public string? DatabasePath { get; }

    /// <summary>The PostgreSQL connection string, or null for SQLite.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>Whether the scheduler runs as one node of a cluster (PostgreSQL).</summary>
    public bool Clustered => PostgresConnectionString is not null;

    /// <summary>The job store in the hub's SQLite file.</summary>
    public static SchedulerStore Sqlite(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return new(databasePath, null);
    }

    /// <summary>The clustered job store in the hub's PostgreSQL database.</summary>
    public static SchedulerStore Postgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new(null, connectionString);
    }
}
