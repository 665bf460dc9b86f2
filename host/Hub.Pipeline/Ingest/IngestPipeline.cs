using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Privacy;
using Hub.Pipeline.Runs;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// Reads a connector batch by batch, validates, quarantines what cannot be stored, and commits each batch with
/// its checkpoint in one transaction. A run that dies is resumed from the last committed checkpoint with nothing
/// lost and nothing doubled, since storage is idempotent.
/// </summary>
public sealed class IngestPipeline(
    IIngestStore store,
    RecordValidator validator,
    SuppressionFilters suppressions,
    SyncMetrics metrics,
    SyncDrain drain,
    SyncOptions options,
    ILogger<IngestPipeline> logger)
{
    // How long a connector that ignores its cancellation is waited for before its call is abandoned.
    private static readonly TimeSpan MaxCancellationGrace = TimeSpan.FromSeconds(10);

    private readonly BatchPreparer _preparer = new(validator);

    /// <summary>
    /// Runs a one-off read (an import) to its end in one attempt and returns the finished run; failures are recorded on
    /// the run, not thrown. Connector syncs, which retry, go through <see cref="Connectors.SyncRunner"/>.
    /// </summary>
    public async Task<SyncRun> RunAsync(IngestRequest request, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = request.Context.Source;
        var runId = await store.StartRunAsync(request.ConnectorId, source, request.Trigger, cancellationToken);
        using var scope = RunLogScope.Begin(logger, runId, request.ConnectorId, source);

        RunEnd end;
        try
        {
            var tally = new RunTally();
            await ReadAsync(request, runId, tally, progress, cancellationToken);
            end = tally.StoppedEarly ?? new RunEnd(RunOutcome.Succeeded, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            end = new RunEnd(RunOutcome.Cancelled, "cancelled before the end; the next sync resumes from the last checkpoint");
        }
        catch (InvalidSettingException ex)
        {
            logger.LogWarning("Run {RunId} stopped: {Error}", runId, ex.Message);
            end = new RunEnd(RunOutcome.Failed, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Run {RunId} failed", runId);
            end = new RunEnd(RunOutcome.Failed, ex.Message);
        }

        return await FinishAsync(runId, source, end);
    }

    /// <summary>
    /// One attempt at reading the connector into run <paramref name="runId"/>, from the connector's last committed
    /// checkpoint (from the start for a full read, until <paramref name="tally"/> shows this run has committed a batch).
    /// </summary>
    /// <exception cref="Exception">whatever the connector or the store threw; batches committed before it are kept.</exception>
    public async Task ReadAsync(IngestRequest request, long runId, RunTally tally, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tally);
        var checkpoint = request.ConnectorId is null || (request.Full && tally.Batches == 0)
            ? Checkpoint.Start
            : await store.GetCheckpointAsync(request.ConnectorId, cancellationToken);
        var callTimeout = options.CallTimeoutFor(request.ConnectorId);
        // The connector's own token: cancelled with the run, and when one of its calls takes longer than the call timeout.
        using var calls = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = request.Connector.ReadAsync(request.Context, checkpoint, calls.Token).GetAsyncEnumerator(calls.Token);
        await using var writer = await store.OpenBatchWriterAsync(request.Context.Source, cancellationToken);
        // Batches started and not yet committed, oldest first: up to the writer's window (PostgreSQL writes the next batch
        // while the one before it commits; SQLite one at a time).
        var started = new Queue<IStartedBatch>();
        var next = ReadAheadAsync(batches, request, runId, calls.Token);
        try
        {
            while (true)
            {
                IngestBatch? batch;
                try
                {
                    batch = await next.WaitAsync(callTimeout, cancellationToken);
                }
                catch (TimeoutException) when (!next.IsCompleted)
                {
                    await calls.CancelAsync();
                    var timedOut = new ConnectorCallTimeoutException(request.ConnectorId, "return its next batch", callTimeout);
                    if (started.Count > 0) await CommitAllAsync(started, request, runId, tally, progress, cancellationToken);
                    throw timedOut;
                }
                catch (Exception) when (started.Count > 0 && !cancellationToken.IsCancellationRequested)
                {
                    // What was read before the failure is stored, as it is when batches go one at a time.
                    await CommitAllAsync(started, request, runId, tally, progress, cancellationToken);
                    throw;
                }

                if (batch is null) break;
                cancellationToken.ThrowIfCancellationRequested();
                // The next batch is read, validated and prepared for the store on another thread while this one is stored,
                // so parsing and the database each have a core. Only the commit moves the checkpoint, so reading ahead loses nothing on a crash.
                next = ReadAheadAsync(batches, request, runId, calls.Token);
                started.Enqueue(writer.Start(batch, cancellationToken));
                if (started.Count >= writer.Window && !await CommitOldestAsync(started, request, runId, tally, progress, cancellationToken)) return;
            }

            await CommitAllAsync(started, request, runId, tally, progress, cancellationToken);
        }
        finally
        {
            // Whatever was started and not committed is rolled back; the next sync reads it again from the checkpoint.
            foreach (var uncommitted in started) await uncommitted.DisposeAsync();
            // An async iterator must not be disposed while a read is in flight: one that will not stop is abandoned instead.
            if (await SettledAsync(next, calls, callTimeout))
                await batches.DisposeAsync();
            else
                logger.LogWarning("Run {RunId}: the connector ignored its cancellation for {Grace}; its call is abandoned and may hold a thread or a connection until it ends",
                    runId, Grace(callTimeout));
        }
    }

    // Waits for a read still in flight (the run is ending early) to stop, cancelling it first; false when it would not.
    // A failure of that read is either the one already propagating or overtaken by it.
    private static async Task<bool> SettledAsync(Task<IngestBatch?> next, CancellationTokenSource calls, TimeSpan callTimeout)
    {
        if (next.IsCompleted) return true;
        await calls.CancelAsync();
        await ((Task)next).WaitAsync(Grace(callTimeout)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return next.IsCompleted;
    }

    private static TimeSpan Grace(TimeSpan callTimeout) => callTimeout < MaxCancellationGrace ? callTimeout : MaxCancellationGrace;

    // Commits the started batches in order, stopping early when the hub drains.
    private async Task CommitAllAsync(Queue<IStartedBatch> started, IngestRequest request, long runId, RunTally tally, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        while (started.Count > 0 && await CommitOldestAsync(started, request, runId, tally, progress, cancellationToken))
        {
        }
    }

    // Commits the oldest started batch; false when the hub is draining or the plugin was replaced, so the run stops at this checkpoint.
    private async Task<bool> CommitOldestAsync(Queue<IStartedBatch> started, IngestRequest request, long runId, RunTally tally, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        await using var batch = started.Dequeue();
        var counts = await batch.CommitAsync(cancellationToken);
        tally.Add(counts);
        metrics.RecordBatch(request.ConnectorId, request.Context.Source, counts);
        progress?.Report(tally.Total);
        // Checked after the commit, not before: the batch committed is stored and the checkpoint is its own.
        if (drain.IsRequested)
        {
            logger.LogInformation("Run {RunId} stops at its checkpoint after {Batches} batches: the hub is shutting down", runId, tally.Batches);
            tally.StopEarly(RunEnd.Drained);
            return false;
        }

        if (request.PluginReplaced.IsCancellationRequested)
        {
            logger.LogInformation("Run {RunId} stops at its checkpoint after {Batches} batches: a new version of its plugin was loaded", runId, tally.Batches);
            tally.StopEarly(RunEnd.PluginReplaced);
            return false;
        }

        return true;
    }

    /// <summary>Records how run <paramref name="runId"/> ended, logs its counts and returns it as stored.</summary>
    public async Task<SyncRun> FinishAsync(long runId, string source, RunEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        // Not cancellable: a cancelled run must still be recorded as such.
        await store.FinishRunAsync(runId, end.Outcome, end.Error, CancellationToken.None);
        var run = await store.GetRunAsync(runId, CancellationToken.None)
            ?? throw new InvalidOperationException($"run {runId} vanished from the store");
        logger.LogInformation("Run {RunId} of {Source} ended {Outcome}: {Read} read, {Inserted} new, {Updated} updated, {Unchanged} unchanged, {Warned} warned, {Quarantined} quarantined, {Suppressed} suppressed, {Retries} retries",
            runId, source, end.Outcome, run.Counts.Read, run.Counts.Inserted, run.Counts.Updated, run.Counts.Unchanged, run.Counts.Warned, run.Counts.Quarantined,
            run.Counts.Suppressed, run.Retries);
        return run;
    }

    // The suppression list is read for every batch (one small query): an erasure during a long sync holds from the next batch on.
    // The store's own preparation (encoding the rows) is done here too, off the path of the commit it overlaps.
    private Task<IngestBatch?> ReadAheadAsync(IAsyncEnumerator<RecordBatch> batches, IngestRequest request, long runId, CancellationToken cancellationToken) =>
        Task.Run<IngestBatch?>(async () => await batches.MoveNextAsync()
            ? store.Prepare(_preparer.Prepare(batches.Current, runId, request.ConnectorId, request.Context.Source, await suppressions.LoadAsync(cancellationToken)))
            : null, cancellationToken);
}
