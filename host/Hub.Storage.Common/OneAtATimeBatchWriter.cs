using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>
/// The batch writer of a store with one writer at a time (SQLite): a started batch is only held, and its commit is
/// <see cref="IIngestStore.CommitBatchAsync"/>.
/// </summary>
internal sealed class OneAtATimeBatchWriter(IIngestStore store) : IBatchWriter
{
    public int Window => 1;

    public IStartedBatch Start(IngestBatch batch, CancellationToken cancellationToken) => new Held(store, batch);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Held(IIngestStore store, IngestBatch batch) : IStartedBatch
    {
        public Task<RunCounts> CommitAsync(CancellationToken cancellationToken) => store.CommitBatchAsync(batch, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
