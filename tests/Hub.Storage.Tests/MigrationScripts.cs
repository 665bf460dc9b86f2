using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;

namespace Hub.Storage.Tests;

/// <summary>How many migration scripts each engine ships, so tests can check each is applied exactly once.</summary>
internal static class MigrationScripts
{
    /// <summary>The SQLite engine's scripts.</summary>
    public static long Count { get; } = CountIn(typeof(SqliteConnectionFactory));

    public static long CountFor(StorageEngine engine) => engine == StorageEngine.Postgres ? CountIn(typeof(PostgresConnectionFactory)) : Count;

    private static long CountIn(Type engineType) => engineType.Assembly.GetManifestResourceNames()
        .Count(name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal));
}
