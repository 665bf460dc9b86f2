using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline.Identity;
using Hub.Pipeline.Resolution;
using Hub.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline.Tests.Nodes;

/// <summary>
/// One hub node on a PostgreSQL database: its own service provider composed as the hub composes it (PostgreSQL storage,
/// the pipeline), so its own connection pool, resolution service and resolver state. Two of them on one database are two
/// nodes of a cluster; nothing is shared between them but the database.
/// </summary>
internal sealed class HubNode : IAsyncDisposable
{
    private HubNode(ServiceProvider services, HeldResolver resolver)
    {
        Services = services;
        Resolver = resolver;
    }

    public ServiceProvider Services { get; }

    /// <summary>The node's resolver, which a test may hold between reading the store and saving.</summary>
    public HeldResolver Resolver { get; }

    public ResolutionService Resolution => Services.GetRequiredService<ResolutionService>();

    public IdentityOperations Operations => Services.GetRequiredService<IdentityOperations>();

    public IDecisionStore Decisions => Services.GetRequiredService<IDecisionStore>();

    public IIdentityStore Identity => Services.GetRequiredService<IIdentityStore>();

    /// <param name="connectionString">The database; migrated here (a second node finds nothing to do, as a second hub would).</param>
    /// <param name="keepState">Whether the resolver keeps its state between resolutions, as in a running hub.</param>
    public static async Task<HubNode> StartAsync(string connectionString, bool keepState, CancellationToken cancellationToken)
    {
        var resolver = new HeldResolver(new ProbabilisticResolver(new IdentityOptions()));
        var services = new ServiceCollection()
            .AddLogging()
            .AddHubPostgresStorage(connectionString)
            .AddSingleton<IPluginCatalog>(new TestCatalog())
            .AddHubPipeline(new IdentityOptions())
            // After the pipeline's own: the last registration is the one resolved.
            .AddSingleton<IIdentityResolver>(resolver)
            .BuildServiceProvider();
        await services.GetRequiredService<IHubDatabase>().MigrateAsync(cancellationToken);
        var node = new HubNode(services, resolver);
        node.Resolution.KeepState = keepState;
        return node;
    }

    /// <summary>Stores one batch of a source in a run of its own, as a sync's batch or a push is stored.</summary>
    public async Task IngestAsync(string source, IReadOnlyList<SourceRecord> records, CancellationToken cancellationToken)
    {
        var ingest = Services.GetRequiredService<IIngestStore>();
        var run = await ingest.StartRunAsync(null, source, "test", cancellationToken);
        await ingest.CommitBatchAsync(new IngestBatch(run, null, source, records, [], Checkpoint.Start, records.Count), cancellationToken);
        await ingest.FinishRunAsync(run, RunOutcome.Succeeded, null, cancellationToken);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
