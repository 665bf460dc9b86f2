using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Resolution;

namespace Hub.Pipeline.Connectors;

/// <summary>Syncs a configured connector instance, then resolves identities when the sync brought anything new.</summary>
public sealed class SyncRunner(
    IConnectorStore connectors,
    IPluginCatalog plugins,
    IngestPipeline pipeline,
    ResolutionService resolution,
    ConnectorContextFactory contexts) : ISyncRunner
{
    /// <inheritdoc />
    public async Task<SyncRun> SyncAsync(string connectorId, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        var instance = await connectors.GetAsync(connectorId, cancellationToken)
            ?? throw new UserFacingException($"there is no connector '{connectorId}'; 'hub connectors list' shows the ones there are");
        var connector = ConnectorLookup.Require(plugins, instance.PluginId);
        var context = contexts.Create(instance, connector);

        var run = await pipeline.RunAsync(new IngestRequest(connector, context, instance.Id, trigger, full), progress, cancellationToken);
        if (run.Outcome == RunOutcome.Succeeded && run.Counts.Inserted + run.Counts.Updated > 0)
            await resolution.ResolveAsync(full: false, cancellationToken);
        return run;
    }
}
