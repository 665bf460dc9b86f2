using Hub.Core.Sync;
using Hub.Identity;
using Hub.Pipeline.Connectors;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline;

/// <summary>Registers the ingest pipeline, connector management and identity resolution.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>Adds the pipeline; storage and the plugin catalog must be registered too.</summary>
    public static IServiceCollection AddHubPipeline(this IServiceCollection services, IdentityOptions identity)
    {
        services.AddSingleton(new RecordValidator());
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ConnectorService>();
        services.AddSingleton<ISyncRunner, SyncRunner>();
        services.AddSingleton<IIdentityResolver>(new KeyMatchResolver(identity));
        services.AddSingleton<ResolutionService>();
        return services;
    }
}
