using Hub.Core.Mining;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Storage.Sqlite;

/// <summary>Registers the SQLite storage engine.</summary>
public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers every storage port over the SQLite file at <paramref name="databasePath"/> (the host uses
    /// <c>&lt;data-dir&gt;/hub.db</c>), plus <see cref="SqliteConnectionFactory"/>. Call <see cref="IHubDatabase.MigrateAsync"/> before first use.
    /// Timestamps come from the registered <see cref="TimeProvider"/>, or the system clock when there is none; runs are
    /// leased per the registered <see cref="RunLeaseOptions"/>, or the defaults.
    /// </summary>
    public static IServiceCollection AddHubSqliteStorage(this IServiceCollection services, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new RunLeaseOptions());
        services.AddSingleton(_ => new SqliteConnectionFactory(databasePath));
        services.AddSingleton<IStorageConnections>(provider => provider.GetRequiredService<SqliteConnectionFactory>());
        services.AddSingleton<IHubDatabase, SqliteHubDatabase>();
        services.AddSingleton<IIngestStore, SqliteIngestStore>();
        services.AddSharedStores();
        services.AddSingleton<IIdentityStore, SqliteIdentityStore>();
        services.AddSingleton<IErasureStore, SqliteErasureStore>();
        services.AddSingleton<ICustomerQueries, SqliteCustomerQueries>();
        services.AddSingleton<IMiningStore, SqliteMiningStore>();
        services.AddSingleton<IMiningQueries, SqliteMiningQueries>();
        services.AddSingleton<IMiningActivitySource, SqliteMiningActivity>();
        return services;
    }
}
