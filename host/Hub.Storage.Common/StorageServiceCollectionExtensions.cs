using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Storage.Common;

/// <summary>Registers the stores both engines share, over the engine's <see cref="IStorageConnections"/>.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>Connectors and their schedules, checkpoints set by operators, the run history, API keys and identity decisions.</summary>
    public static IServiceCollection AddSharedStores(this IServiceCollection services)
    {
        services.AddSingleton<ConnectorStore>();
        services.AddSingleton<IConnectorStore>(provider => provider.GetRequiredService<ConnectorStore>());
        services.AddSingleton<IConnectorScheduleStore>(provider => provider.GetRequiredService<ConnectorStore>());
        services.AddSingleton<ICheckpointStore, CheckpointStore>();
        services.AddSingleton<IRunQueries, RunQueries>();
        services.AddSingleton<IApiKeyStore, ApiKeyStore>();
        services.AddSingleton<IDecisionStore, DecisionStore>();
        return services;
    }
}
