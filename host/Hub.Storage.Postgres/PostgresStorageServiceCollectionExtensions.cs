using Hub.Core.Mining;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Storage.Postgres;

/// <summary>Registers the PostgreSQL storage engine.</summary>
public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage ports over the PostgreSQL database at <paramref name="connectionString"/>, plus
    /// <see cref="PostgresConnectionFactory"/>. Call <see cref="IHubDatabase.MigrateAsync"/> before first use.
    /// Timestamps come from the registered <see cref="TimeProvider"/>, or the system clock when there is none; runs are
    /// leased per the registered <see cref="RunLeaseOptions"/>, or the defaults.
    /// </summary>
    public static IServiceCollection AddHubPostgresStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new RunLeaseOptions());
        services.AddSingleton(_ => new PostgresConnectionFactory(connectionString));
        services.AddSingleton<IStorageConnections>(provider => provider.GetRequiredService<PostgresConnectionFactory>());
        services.AddSingleton<IHubDatabase, PostgresHubDatabase>();
        services.AddSharedStores();
        services.AddSingleton<IIngestStore, PostgresIngestStore>();
        services.AddSingleton<IMiningStore, PostgresMiningStore>();
        services.AddSingleton<IMiningQueries, PostgresMiningQueries>();
        services.AddSingleton<IMiningActivitySource, PostgresMiningActivity>();
        services.AddSingleton<IIdentityStore, PostgresIdentityStore>();
        services.AddSingleton<ICustomerQueries, PostgresCustomerQueries>();
        services.AddSingleton<IErasureStore, PostgresErasureStore>();
        return services;
    }
}
