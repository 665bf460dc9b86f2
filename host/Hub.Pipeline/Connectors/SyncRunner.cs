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
/// connector ids. When a new version of the plugin is loaded meanwhile (<c>hub serve --watch-plugins</c>), the run stops
/// at its next checkpoint and a new run goes on from there with the new version.
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
    /// <summary>The trigger of a run that goes on where one stopped for a new version of its plugin.</summary>
    public const string PluginReloadTrigger = "plugin-reload";

    /// <inheritdoc />
    public async Task<SyncRun> SyncAsync(string connectorId, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        var instance = await connectors.GetAsync(connectorId, cancellationToken)
            ?? throw new UserFacingException($"there is no connector '{connectorId}'; 'hub connectors list' shows the ones there are");
        while (true)
        {
            var (run, end) = await RunOnceAsync(instance, trigger, full, progress, cancellationToken);
            if (!end.ContinuesWithNewPlugin) return run;
            // From the checkpoint the stopped run committed, with the version loaded now.
            (trigger, full) = (PluginReloadTrigger, false);
        }
    }

    private async Task<(SyncRun Run, RunEnd End)> RunOnceAsync(ConnectorInstance instance, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        // Held for the run: a new version of the plugin loaded meanwhile waits for this run to reach a checkpoint before
        // the old one is unloaded.
        using var lease = ConnectorLookup.Lease(plugins, instance.PluginId);
        var context = contexts.Create(instance, lease.Connector);

        var started = Stopwatch.GetTimestamp();
        var runId = await store.StartRunAsync(instance.Id, context.Source, trigger, cancellationToken);
        using var scope = RunLogScope.Begin(logger, runId, instance.Id, context.Source);
        var request = new IngestRequest(lease.Connector, context, instance.Id, trigger, full, lease.Replaced);
        var end = await attempts.RunAsync(request, runId, progress, cancellationToken);
        var run = await pipeline.FinishAsync(runId, context.Source, end);
        metrics.RecordRun(instance.Id, run.Outcome, Stopwatch.GetElapsedTime(started));
        // In the run's log scope, so its lines carry the run too.
        return (await resolution.ResolveAsync(run, cancellationToken), end);
    }
}
