using Hub.Core.Sync;
using Hub.Identity;
using Hub.Pipeline.Connectors;
using Hub.Pipeline.Identity;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;
using Hub.Pipeline.Push;
using Hub.Pipeline.Quarantine;
using Hub.Pipeline.Resolution;
using Hub.Pipeline.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Pipeline;

/// <summary>Registers the ingest pipeline, connector management and identity resolution.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the pipeline; storage and the plugin catalog must be registered too. Sync runs take the <see cref="SyncOptions"/>
    /// registered before this, or the defaults.
    /// </summary>
    public static IServiceCollection AddHubPipeline(this IServiceCollection services, IdentityOptions identity)
    {
        services.AddHttpClient(ConnectorContextFactory.HttpClientName)
            .AddStandardResilienceHandler(options =>
            {
                // Sources are slow more often than they are down: give each attempt time, and the whole call room for
                // retries that honour Retry-After. The breaker's window must span at least two attempts.
                options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(5);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(2);
                options.Retry.MaxRetryAttempts = 5;
            });
        services.AddSingleton<ConnectorContextFactory>();
        services.AddSingleton(new RecordValidator());
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<ConnectorService>();
        services.TryAddSingleton(new SyncOptions());
        services.AddMetrics();
        services.AddSingleton<SyncMetrics>();
        services.AddSingleton<SyncDrain>();
        services.AddSingleton<SyncAttempts>();
        services.AddSingleton<ResolutionAfterSync>();
        services.AddSingleton<ISyncRunner, SyncRunner>();
        services.AddSingleton<IIdentityResolver>(new ProbabilisticResolver(identity));
        services.AddSingleton<ResolutionService>();
        // Merge, split and overrides: one implementation for the CLI and the GraphQL mutations.
        services.AddSingleton<IdentityOperations>();
        // Pushes over HTTP: one open run per connector, and resolution in the background, coalesced.
        services.AddSingleton<ResolutionTrigger>();
        services.AddSingleton<PushRunLedger>();
        services.AddSingleton<PushIngestService>();
        services.AddSingleton<BatchPreparer>();
        services.AddSingleton<QuarantineService>();
        // Erasure on request, and the suppression list every ingest path checks: phones read as resolution reads them.
        services.AddSingleton(new SuppressionKeys(identity.DefaultRegion));
        services.AddSingleton<SuppressionFilters>();
        services.AddSingleton<ErasureService>();
        return services;
    }
}
