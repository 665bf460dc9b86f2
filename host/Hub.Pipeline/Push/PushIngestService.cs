using Hub.Contracts;
using Hub.Core;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Pipeline.Connectors;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;
using Hub.Pipeline.Resolution;
using Hub.Pipeline.Runs;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Push;

/// <summary>
/// Stores records pushed to a connector instance: the plugin reads the body, the records get the same validation and
/// quarantine as a sync (<see cref="BatchPreparer"/>), and the batch is committed before the caller answers, so an
/// acknowledged push is durable. New or changed customers start a coalesced background resolution.
/// </summary>
public sealed class PushIngestService(
    IConnectorStore connectors,
    IPluginCatalog plugins,
    ConnectorContextFactory contexts,
    RecordValidator validator,
    PushRunLedger runs,
    ResolutionTrigger resolutions,
    SuppressionFilters suppressions,
    SyncMetrics metrics,
    ILogger<PushIngestService> logger)
{
    private readonly BatchPreparer _preparer = new(validator);

    /// <summary>The instance <paramref name="connectorId"/> names, if it exists and its connector takes pushes.</summary>
    public async Task<PushTargetLookup> FindAsync(string connectorId, CancellationToken cancellationToken)
    {
        var instance = await connectors.GetAsync(connectorId, cancellationToken).ConfigureAwait(false);
        if (instance is null)
        {
            return PushTargetLookup.Refused(PushTargetStatus.UnknownConnector,
                $"there is no connector '{connectorId}'; push to the id of an instance added with 'hub connectors add' ('hub connectors list' shows them)");
        }

        IConnector connector;
        try
        {
            connector = ConnectorLookup.Require(plugins, instance.PluginId);
        }
        catch (UserFacingException ex)
        {
            return PushTargetLookup.Refused(PushTargetStatus.PluginUnavailable,
                $"connector '{connectorId}' cannot take pushes until its plugin is loaded: {ex.Message}");
        }

        if (connector is not IPushReceiver receiver)
        {
            return PushTargetLookup.Refused(PushTargetStatus.NotPushReceiver,
                $"connector '{connectorId}' (plugin '{instance.PluginId}') does not accept pushed records; it is read with 'hub sync {connectorId}'");
        }

        return PushTargetLookup.Found(new PushTarget(instance, receiver, contexts.Create(instance, connector)));
    }

    /// <summary>
    /// Reads the body with the target's plugin and commits what it held; a body the plugin cannot read is refused with
    /// nothing stored. Call only for an authorized request.
    /// </summary>
    /// <exception cref="InvalidSettingException">when the instance's settings do not let the plugin read the body.</exception>
    public async Task<PushOutcome> AcceptAsync(PushTarget target, PushRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var connectorId = target.Instance.Id;
        PushResult result;
        try
        {
            result = target.Receiver.Receive(request, target.Context);
        }
        catch (PushRejectedException ex)
        {
            logger.LogInformation("Push to connector {ConnectorId} at '{Path}' refused: {Reason}", connectorId, request.Path, ex.Message);
            return PushOutcome.Refused(ex.Message);
        }

        if (result.Records.Count == 0 && result.Rejected.Count == 0)
            return PushOutcome.Accepted(result.ResponseJson, new(), runId: null);

        // A push never moves the instance's checkpoint (no connector id on the batch): a connector that also syncs
        // (e.g. call records read from files) must resume its reads where they were.
        var source = target.Context.Source;
        var batch = new RecordBatch(result.Records, Checkpoint.Start) { Rejected = result.Rejected };
        var hasCustomers = false;
        var suppressed = await suppressions.LoadAsync(cancellationToken).ConfigureAwait(false);
        var (runId, counts) = await runs.CommitAsync(connectorId, source, runId =>
        {
            var prepared = _preparer.Prepare(batch, runId, connectorId: null, source, suppressed);
            hasCustomers = prepared.Records.Any(r => r is CustomerRecord);
            return prepared;
        }, cancellationToken).ConfigureAwait(false);

        metrics.RecordBatch(connectorId, source, counts);
        if (hasCustomers && counts.Inserted + counts.Updated > 0) resolutions.Request();
        logger.LogDebug("Push to connector {ConnectorId} stored in run {RunId}: {Read} read, {Inserted} new, {Updated} updated, {Quarantined} quarantined",
            connectorId, runId, counts.Read, counts.Inserted, counts.Updated, counts.Quarantined);
        return PushOutcome.Accepted(result.ResponseJson, counts, runId);
    }
}
