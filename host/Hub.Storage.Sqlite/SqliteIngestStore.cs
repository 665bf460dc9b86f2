using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Sqlite;

/// <summary>Runs, batches, checkpoints and quarantine on SQLite: a batch is written row by row with prepared statements under the write lock.</summary>
internal sealed class SqliteIngestStore(SqliteConnectionFactory connections, TimeProvider clock, RunLeaseOptions lease) : IngestStore(connections, clock, lease)
{
    public override async Task<RunCounts> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await connections.OpenForBulkWriteAsync(cancellationToken).ConfigureAwait(false);
        // IMMEDIATE: take the write lock up front, so a concurrent writer makes us wait rather than fail half-way.
        await using var transaction = connection.BeginTransaction(deferred: false);
        RunCounts counts;
        using (var writer = new BatchWriter(connection, transaction, batch, Now()))
        {
            counts = writer.Write(batch, cancellationToken);
        }
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return counts;
    }
}
