using Hub.Core.Model;
using Hub.Core.Storage;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Runs, batches, checkpoints and quarantine on PostgreSQL: a batch goes in by binary COPY and one upsert per table
/// (<see cref="PostgresBatchWriter"/>), and commits with its checkpoint and run counts in one transaction.
/// </summary>
internal sealed class PostgresIngestStore(PostgresConnectionFactory connections, TimeProvider clock, RunLeaseOptions lease) : IngestStore(connections, clock, lease)
{
    /// <summary>Encodes the batch's rows for COPY, so the commit only sends them.</summary>
    public override IngestBatch Prepare(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Usable(batch) is not null ? batch : batch with { Prepared = PostgresBatchEncoder.Encode(batch, CancellationToken.None) };
    }

    public override async Task<RunCounts> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var encoded = Usable(batch) ?? PostgresBatchEncoder.Encode(batch, cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Batches of one source (two nodes syncing it at once, an import beside a sync) take turns: each reads the rows it
        // replaces before the upsert, and its counts are against what the previous batch committed. Other sources go on.
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@tag, hashtext(@source));", connection, transaction))
        {
            take.Parameters.AddWithValue("tag", PostgresAdvisoryLocks.IngestSourceTag);
            take.Parameters.AddWithValue("source", batch.Source);
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var context = new StageContext(connection, transaction, batch.Source, batch.RunId, Now());
        var counts = await new PostgresBatchWriter(context).WriteAsync(batch, encoded, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return counts;
    }

    // The batch's encoding from Prepare, unless it skipped Prepare or an earlier commit of it spent the pooled buffers.
    private static EncodedBatch? Usable(IngestBatch batch) => batch.Prepared is EncodedBatch { IsDisposed: false } encoded ? encoded : null;
}
