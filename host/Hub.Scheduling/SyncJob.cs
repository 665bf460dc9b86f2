using Hub.Core.Sync;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Hub.Scheduling;

/// <summary>
/// Runs one scheduled sync of a connector instance. Quartz keeps two firings of the same connector from overlapping:
/// a late firing waits for the running one instead of syncing the same source twice at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class SyncJob(ISyncRunner runner, ILogger<SyncJob> logger) : IJob
{
    /// <summary>The trigger name a scheduled run is recorded with.</summary>
    public const string ScheduleTrigger = "schedule";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var connectorId = ConnectorIdOf(context);
        if (connectorId is null)
        {
            LogNoConnector(context.JobDetail.Key.ToString());
            return;
        }

        var trigger = context.Recovering
            ? ConnectorJobs.RecoveryTrigger
            : context.MergedJobDataMap.TryGetString(ConnectorJobs.TriggerKindKey, out var kind) && !string.IsNullOrWhiteSpace(kind)
                ? kind
                : ScheduleTrigger;
        var full = context.MergedJobDataMap.TryGetBoolean(ConnectorJobs.FullKey, out var readAll) && readAll;
        // The runner logs inside a scope with the run id; this one puts the job's own lines under the connector too.
        using var scope = ConnectorScope(logger, connectorId);
        try
        {
            var run = await runner.SyncAsync(connectorId, trigger, full, progress: null, cancellationToken);
            LogFinished(connectorId, run.Id, run.Outcome.ToString());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(connectorId);
        }
        catch (Exception ex)
        {
            // The runner has already recorded the failed run; rethrowing would only make Quartz log it again as a job
            // fault, and the connector's next firing is what retries it.
            LogFailed(ex, connectorId);
        }
    }

    private static readonly Func<ILogger, string, IDisposable?> ConnectorScope =
        LoggerMessage.DefineScope<string>("scheduled sync of connector {ConnectorId}");

    private static string? ConnectorIdOf(IJobExecutionContext context) =>
        context.JobDetail.JobDataMap.TryGetString(ConnectorJobs.ConnectorIdKey, out var id) && !string.IsNullOrWhiteSpace(id)
            ? id
            : ConnectorJobs.ConnectorIdFrom(context.JobDetail.Key.Name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled sync of connector {ConnectorId} finished: run {RunId}, {Outcome}")]
    private partial void LogFinished(string connectorId, long runId, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled sync of connector {ConnectorId} was cancelled by shutdown")]
    private partial void LogCancelled(string connectorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled sync of connector {ConnectorId} failed")]
    private partial void LogFailed(Exception exception, string connectorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync job {JobKey} names no connector; it was not run")]
    private partial void LogNoConnector(string jobKey);
}
