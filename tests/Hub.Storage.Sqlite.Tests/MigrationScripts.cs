namespace Hub.Storage.Sqlite.Tests;

/// <summary>How many migration scripts the store ships, so tests can check each is applied exactly once.</summary>
internal static class MigrationScripts
{
    public static long Count { get; } = typeof(SqliteConnectionFactory).Assembly.GetManifestResourceNames()
        .Count(name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal));
}
