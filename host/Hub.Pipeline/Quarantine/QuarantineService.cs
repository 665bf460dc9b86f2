using Hub.Contracts;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Pipeline.Connectors;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;

namespace Hub.Pipeline.Quarantine;

/// <summary>
/// <c>hub quarantine retry</c>: reads a held item's raw payload again through the plugin that produced it, validates
/// it as a sync would and, when it now passes, stores it and releases the item. Meant for after the cause is fixed
/// (a setting, a newer plugin, a raised limit); an item that still fails stays held with the new reason shown.
/// </summary>
public sealed class QuarantineService(IIngestStore store, IConnectorStore connectors, IPluginCatalog plugins, ConnectorContextFactory contexts, BatchPreparer preparer,
    SuppressionFilters suppressions)
{
    /// <summary>Retries one item.</summary>
    public async Task<QuarantineRetryResult> RetryAsync(long id, CancellationToken cancellationToken)
    {
        var item = await store.GetQuarantineItemAsync(id, cancellationToken)
            ?? throw new UserFacingException($"there is no quarantined item #{id}; 'hub quarantine list' shows the ones held");
        if (item.ReleasedRunId is { } released)
            throw new UserFacingException($"item #{id} was stored already, by run {released}");

        var instance = await connectors.GetAsync(item.Source, cancellationToken)
            ?? throw new UserFacingException($"item #{id} came from '{item.Source}', which is not a connector (an import, or a removed connector); fix the file and import it again");
        var connector = ConnectorLookup.Require(plugins, instance.PluginId);
        if (connector is not IRawRecordParser parser)
            throw new UserFacingException($"the {instance.PluginId} plugin cannot re-read quarantined input; fix the source and run 'hub sync {instance.Id} --full'");

        RecordBatch parsed;
        try
        {
            parsed = parser.Parse(item.Stream, item.RawPayload, contexts.Create(instance, connector));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new QuarantineRetryResult(false, 0, $"the plugin still cannot read it: {ex.Message}", null);
        }

        var suppressed = await suppressions.LoadAsync(cancellationToken);
        // A dry preparation first: an item that still fails must not leave a second copy of itself in quarantine.
        var check = preparer.Prepare(parsed, runId: 0, connectorId: null, instance.Id, suppressed);
        if (check.Quarantined.Count > 0)
            return new QuarantineRetryResult(false, parsed.Records.Count, check.Quarantined[0].Reason, null);

        var runId = await store.StartRunAsync(instance.Id, instance.Id, "retry", cancellationToken);
        // No connector id: a retry must never move the instance's checkpoint.
        await store.CommitBatchAsync(preparer.Prepare(parsed, runId, connectorId: null, instance.Id, suppressed), cancellationToken);
        await store.ReleaseQuarantineItemAsync(id, runId, cancellationToken);
        await store.FinishRunAsync(runId, RunOutcome.Succeeded, null, CancellationToken.None);
        return new QuarantineRetryResult(true, parsed.Records.Count, null, runId);
    }
}
