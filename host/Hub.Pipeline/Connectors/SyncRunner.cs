using System.Diagnostics;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Runs;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Connectors;

/// <summary>
/// Syncs a configured connector instance as one run, retrying transient failures within it, then resolves identities
/// when the sync brought anything new. Every line logged meanwhile, by the hub or the plugin, carries the run and
/// connector ids.
/// </summary>
public sealed class SyncRunner(
    IConnectorStore connectors,
    IPluginCatalog plugins,
    IIngestStore store,
    IngestPipeline pipeline,
    SyncAttempts attempts,
    ResolutionAfterSync resolution,
    ConnectorContextFactory contexts,
    SyncMetrics metrics,
    ILogger<SyncRunner> logger) : ISyncRunner
{
    /// <inheritdoc />
    public async Task<SyncRun> SyncAsync(string connectorId, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        var instance = await connectors.GetAsync(connectorId, cancellationToken)
            ?? throw new UserFacingException($"there is no connector '{connectorId}'; 'hub connectors list' shows the ones there are");
        var connector = ConnectorLookup.Require(plugins, instance.PluginId);
        var context = contexts.Create(instance, connector);

        var started = Stopwatch.GetTimestamp();
        var runId = await store.StartRunAsync(instance.Id, context.Source, trigger, cancellationToken);
        using var scope = RunLogScope.Begin(logger, runId, instance.Id, context.Source);
        var end = await attempts.RunAsync(new IngestRequest(connector, context, instance.Id, trigger, full), runId, progress, cancellationToken);
        var run = await pipeline.FinishAsync(runId, context.Source, end);
        metrics.RecordRun(instance.Id, run.Outcome, Stopwatch.GetElapsedTime(started));
        return await resolution.ResolveAsync(run, cancellationToken);
    }
}
