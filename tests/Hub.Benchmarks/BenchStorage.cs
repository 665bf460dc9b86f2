using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Benchmarks;

/// <summary>
/// Where a scenario's store is, as one string: a SQLite file's path, or <c>postgres:</c> and a connection string. The
/// scenarios pass it along unchanged, so every one of them runs on either engine.
/// </summary>
internal static class BenchStorage
{
    private const string PostgresPrefix = "postgres:";

    public static string Postgres(string connectionString) => PostgresPrefix + connectionString;

    public static bool IsPostgres(string store) => store.StartsWith(PostgresPrefix, StringComparison.Ordinal);

    public static string ConnectionString(string store) =>
        IsPostgres(store) ? store[PostgresPrefix.Length..] : throw new ArgumentException($"{store} is not a PostgreSQL store", nameof(store));

    /// <summary>Registers the storage engine of <paramref name="store"/> as the hub's composition does.</summary>
    public static IServiceCollection AddBenchStorage(this IServiceCollection services, string store) =>
        IsPostgres(store) ? services.AddHubPostgresStorage(ConnectionString(store)) : services.AddHubSqliteStorage(store);
}
