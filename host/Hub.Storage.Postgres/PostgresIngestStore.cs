using Hub.Core.Model;
using Hub.Core.Storage;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Runs, batches, checkpoints and quarantine on PostgreSQL: a batch goes in by binary COPY and one upsert per table
/// (<see cref="PostgresBatchWriter"/>), and commits with its checkpoint and run counts in one transaction. A run's batches
/// go through <see cref="PostgresBatchWindow"/>, two at a time.
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
        using var encoded = Encoded(batch, cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Batches of one source (two nodes pushing to it at once, a push beside a sync) take turns: each reads the rows it
        // replaces before the upsert, and its counts are against what the previous batch committed. Other sources go on.
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@tag, hashtext(@source));", connection, transaction))
        {
            PostgresAdvisoryLocks.AddIngestSource(take.Parameters, batch.Source);
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var writer = new PostgresBatchWriter(new StageContext(connection, transaction, batch.Source, batch.RunId, Now()));
        await writer.StageAsync(encoded, cancellationToken).ConfigureAwait(false);
        var counts = await writer.FinishAsync(batch, encoded.Warned, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return counts;
    }

    public override async Task<IBatchWriter> OpenBatchWriterAsync(string source, CancellationToken cancellationToken) =>
        await PostgresBatchWindow.OpenAsync(connections, source, Now, cancellationToken).ConfigureAwait(false);

    /// <summary>The batch's encoding from Prepare or, when it skipped Prepare or an earlier commit of it spent the pooled buffers, a new one.</summary>
    internal static EncodedBatch Encoded(IngestBatch batch, CancellationToken cancellationToken) =>
        Usable(batch) ?? PostgresBatchEncoder.Encode(batch, cancellationToken);

    private static EncodedBatch? Usable(IngestBatch batch) => batch.Prepared is EncodedBatch { IsDisposed: false } encoded ? encoded : null;
}
