using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Privacy;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// Reads a connector batch by batch, validates, quarantines what cannot be stored, and commits each batch with
/// its checkpoint in one transaction. A run that dies is resumed from the last committed checkpoint with nothing
/// lost and nothing doubled, since storage is idempotent.
/// </summary>
public sealed class IngestPipeline(IIngestStore store, RecordValidator validator, SuppressionFilters suppressions, ILogger<IngestPipeline> logger)
{
    private readonly BatchPreparer _preparer = new(validator);

    /// <summary>Runs the read to its end and returns the finished run; failures are recorded on the run, not thrown.</summary>
    public async Task<SyncRun> RunAsync(IngestRequest request, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        var source = request.Context.Source;
        var runId = await store.StartRunAsync(request.ConnectorId, source, request.Trigger, cancellationToken);
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["RunId"] = runId, ["ConnectorId"] = request.ConnectorId, ["Source"] = source });

        var (outcome, error) = await ReadAllAsync(request, runId, progress, cancellationToken);
        await store.FinishRunAsync(runId, outcome, error, CancellationToken.None);
        var run = await store.GetRunAsync(runId, CancellationToken.None)
            ?? throw new InvalidOperationException($"run {runId} vanished from the store");
        logger.LogInformation("Run {RunId} of {Source} ended {Outcome}: {Read} read, {Inserted} new, {Updated} updated, {Unchanged} unchanged, {Warned} warned, {Quarantined} quarantined, {Suppressed} suppressed",
            runId, source, outcome, run.Counts.Read, run.Counts.Inserted, run.Counts.Updated, run.Counts.Unchanged, run.Counts.Warned, run.Counts.Quarantined,
            run.Counts.Suppressed);
        return run;
    }

    // The suppression list is read for every batch (one small query): an erasure during a long sync holds from the next batch on.
    private Task<IngestBatch?> ReadAheadAsync(IAsyncEnumerator<RecordBatch> batches, IngestRequest request, long runId, CancellationToken cancellationToken) =>
        Task.Run<IngestBatch?>(async () => await batches.MoveNextAsync()
            ? _preparer.Prepare(batches.Current, runId, request.ConnectorId, request.Context.Source, await suppressions.LoadAsync(cancellationToken))
            : null, cancellationToken);

    private async Task<(RunOutcome, string?)> ReadAllAsync(IngestRequest request, long runId, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var checkpoint = request.Full || request.ConnectorId is null
                ? Checkpoint.Start
                : await store.GetCheckpointAsync(request.ConnectorId, cancellationToken);
            var total = new RunCounts();
            await using var batches = request.Connector.ReadAsync(request.Context, checkpoint, cancellationToken).GetAsyncEnumerator(cancellationToken);
            var next = ReadAheadAsync(batches, request, runId, cancellationToken);
            try
            {
                while (await next is { } batch)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // The next batch is read and validated on another thread while this one is stored, so parsing and SQLite
                    // each have a core. Only the commit moves the checkpoint, so reading ahead loses nothing on a crash.
                    next = ReadAheadAsync(batches, request, runId, cancellationToken);
                    total = total.Add(await store.CommitBatchAsync(batch, cancellationToken));
                    progress?.Report(total);
                }
            }
            finally
            {
                // An async iterator must not be disposed while a read is in flight. A failure of that read is either the one
                // already propagating or overtaken by it.
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            return (RunOutcome.Succeeded, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (RunOutcome.Cancelled, "cancelled before the end; the next sync resumes from the last checkpoint");
        }
        catch (InvalidSettingException ex)
        {
            logger.LogWarning("Run {RunId} stopped: {Error}", runId, ex.Message);
            return (RunOutcome.Failed, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Run {RunId} failed", runId);
            return (RunOutcome.Failed, ex.Message);
        }
    }
}
