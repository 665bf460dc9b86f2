using Hub.Contracts;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Connectors;

/// <summary>Syncs a configured connector instance, then resolves identities when the sync brought anything new.</summary>
public sealed class SyncRunner(
    IConnectorStore connectors,
    IPluginCatalog plugins,
    IngestPipeline pipeline,
    ResolutionService resolution,
    ILoggerFactory loggers) : ISyncRunner
{
    /// <inheritdoc />
    public async Task<SyncRun> SyncAsync(string connectorId, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        var instance = await connectors.GetAsync(connectorId, cancellationToken)
            ?? throw new UserFacingException($"there is no connector '{connectorId}'; 'hub connectors list' shows the ones there are");
        var connector = ConnectorLookup.Require(plugins, instance.PluginId);
        var context = new ConnectorContext(instance.Id, instance.Id, new DictionarySettings(instance.Settings, connector.Settings),
            loggers.CreateLogger($"Hub.Connector.{instance.PluginId}"));

        var run = await pipeline.RunAsync(new IngestRequest(connector, context, instance.Id, trigger, full), progress, cancellationToken);
        if (run.Outcome == RunOutcome.Succeeded && run.Counts.Inserted + run.Counts.Updated > 0)
            await resolution.ResolveAsync(full: false, cancellationToken);
        return run;
    }
}
