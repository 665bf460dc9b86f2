using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>Where synced records land. Upserts are idempotent: the same record stored twice counts as unchanged.</summary>
public interface IIngestStore
{
    /// <summary>Records the start of a run and returns its id.</summary>
    Task<long> StartRunAsync(string? connectorId, string source, string trigger, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts the batch's records (customers by (source, source id), others by (source, stream, id)), stores its
    /// quarantine, moves the connector's checkpoint and adds to the run's counts, in ONE transaction.
    /// </summary>
    Task<RunCounts> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Does the share of committing <paramref name="batch"/> that needs no database (on PostgreSQL, encoding its rows for
    /// the bulk copy) and returns the batch with that work attached. A caller that reads ahead calls it on the reading
    /// thread, so the work overlaps the previous batch's commit; <see cref="CommitBatchAsync"/> does it itself for a batch
    /// that skipped it. Pure: nothing is stored, and a prepared batch that is never committed costs nothing.
    /// </summary>
    IngestBatch Prepare(IngestBatch batch);

    /// <summary>
    /// Opens a writer for one run's batches of <paramref name="source"/>, which may write several at once (see
    /// <see cref="IBatchWriter"/>). While it is open, another run's writer of that source waits for it (on a store shared by
    /// nodes too); a lone <see cref="CommitBatchAsync"/> of the source waits only for the batches in flight.
    /// </summary>
    Task<IBatchWriter> OpenBatchWriterAsync(string source, CancellationToken cancellationToken);

    /// <summary>Marks a run as ended.</summary>
    Task FinishRunAsync(long runId, RunOutcome outcome, string? error, CancellationToken cancellationToken);

    /// <summary>Records that the run is being retried for the <paramref name="retries"/>-th time, after <paramref name="error"/>.</summary>
    Task RecordRetryAsync(long runId, int retries, string error, CancellationToken cancellationToken);

    /// <summary>Records that the identity resolution after the (finished) run failed with <paramref name="error"/>.</summary>
    Task RecordResolutionErrorAsync(long runId, string error, CancellationToken cancellationToken);

    /// <summary>Marks runs left <see cref="RunOutcome.Running"/> by a process that died as <see cref="RunOutcome.Interrupted"/>.</summary>
    Task<int> MarkInterruptedRunsAsync(CancellationToken cancellationToken);

    /// <summary>The connector's last committed checkpoint, or <see cref="Checkpoint.Start"/>.</summary>
    Task<Checkpoint> GetCheckpointAsync(string connectorId, CancellationToken cancellationToken);

    /// <summary>One run, or null.</summary>
    Task<SyncRun?> GetRunAsync(long runId, CancellationToken cancellationToken);

    /// <summary>The most recent runs, newest first, optionally of one connector.</summary>
    Task<IReadOnlyList<SyncRun>> ListRunsAsync(string? connectorId, int limit, CancellationToken cancellationToken);

    /// <summary>Quarantined input still held (not released by a retry), newest first, optionally of one source.</summary>
    Task<IReadOnlyList<QuarantineItem>> ListQuarantineAsync(string? source, int limit, CancellationToken cancellationToken);

    /// <summary>One quarantined item, held or released; null when there is none.</summary>
    Task<QuarantineItem?> GetQuarantineItemAsync(long id, CancellationToken cancellationToken);

    /// <summary>Marks an item as stored by the retry run <paramref name="runId"/>; it stays in the quarantine's history.</summary>
    Task ReleaseQuarantineItemAsync(long id, long runId, CancellationToken cancellationToken);
}
