using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>
/// Writes one run's batches of one source, in order (from <see cref="IIngestStore.OpenBatchWriterAsync"/>). Up to
/// <see cref="Window"/> batches are written at once: a store with spare capacity (PostgreSQL, one connection per batch)
/// writes the next batch while the one before it is still being written, and each batch commits only after the one started
/// before it committed, so checkpoints move in order and a failure loses nothing committed.
/// </summary>
public interface IBatchWriter : IAsyncDisposable
{
    /// <summary>How many started batches may be uncommitted at once; 1 writes one batch at a time.</summary>
    int Window { get; }

    /// <summary>
    /// Starts writing <paramref name="batch"/> (or only takes it, for a store that writes at the commit). The caller commits
    /// started batches in the order it started them, or disposes them to roll them back.
    /// </summary>
    IStartedBatch Start(IngestBatch batch, CancellationToken cancellationToken);
}

/// <summary>A batch <see cref="IBatchWriter.Start"/> began to write: committed by <see cref="CommitAsync"/>, rolled back by disposing it uncommitted.</summary>
public interface IStartedBatch : IAsyncDisposable
{
    /// <summary>
    /// Finishes the batch and commits it with its checkpoint and run counts in one transaction, as
    /// <see cref="IIngestStore.CommitBatchAsync"/> does. Call it only once every batch started before this one has committed.
    /// </summary>
    Task<RunCounts> CommitAsync(CancellationToken cancellationToken);
}
