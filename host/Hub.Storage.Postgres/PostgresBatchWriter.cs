using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Postgres;

/// <summary>
/// Writes one <see cref="IngestBatch"/>, encoded by <see cref="PostgresBatchEncoder"/>, inside the caller's transaction, in
/// two steps. <see cref="StageAsync"/> stores each record table's share by COPY and one upsert (see <see cref="EncodedStage"/>):
/// rows of this batch's own keys only, so it may run beside the previous batch of the run. <see cref="FinishAsync"/>, once
/// that batch committed, brings the activity of the customers it touched up to date and stores the quarantine, the checkpoint
/// and the run's counts, rows every batch of the run shares. Nothing here commits: the caller does, or rolls back.
/// </summary>
internal sealed class PostgresBatchWriter(StageContext context)
{
    private readonly PostgresBatchActivity _activity = new(context);
    private StageCounts _stored;

    public async Task StageAsync(EncodedBatch encoded, CancellationToken cancellationToken)
    {
        foreach (var stage in encoded.Stages)
        {
            // Before the batch's first order or interaction: their upserts note the customers whose activity changes.
            if (stage.NotesCustomers) await _activity.WatchAsync(cancellationToken).ConfigureAwait(false);
            var table = await stage.WriteAsync(context, cancellationToken).ConfigureAwait(false);
            _stored = new StageCounts(_stored.Inserted + table.Inserted, _stored.Updated + table.Updated, _stored.Unchanged + table.Unchanged);
        }
    }

    public async Task<RunCounts> FinishAsync(IngestBatch batch, long warned, CancellationToken cancellationToken)
    {
        await _activity.RefreshAsync(cancellationToken).ConfigureAwait(false);
        await InsertQuarantineAsync(batch.Quarantined, cancellationToken).ConfigureAwait(false);
        if (batch.ConnectorId is not null)
        {
            await using var checkpoint = context.Command("");
            BatchBookkeeping.SaveCheckpoint(checkpoint, batch.ConnectorId, batch.Checkpoint, context.Now, context.RunId);
            await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var counts = BatchBookkeeping.Counts(batch, _stored.Inserted, _stored.Updated, _stored.Unchanged, warned);
        await using var run = context.Command("");
        BatchBookkeeping.AddToRun(run, counts, context.RunId);
        if (await run.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1) throw BatchBookkeeping.NoSuchRun(context.RunId);
        return counts;
    }

    private async Task InsertQuarantineAsync(IReadOnlyList<QuarantineItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0) return;
        // One statement for the lot: the items travel as parallel arrays, in order, so their ids follow the batch's order.
        await using var command = context.Command(
            "INSERT INTO quarantine (run_id, source, stream, position, raw_payload, reason, created_at) " +
            "SELECT @run, q.source, q.stream, q.position, q.raw_payload, q.reason, @now " +
            "FROM unnest(@sources, @streams, @positions, @payloads, @reasons) WITH ORDINALITY AS q (source, stream, position, raw_payload, reason, at) " +
            "ORDER BY q.at;");
        command.Parameters.AddWithValue("run", context.RunId);
        command.Parameters.AddWithValue("now", context.Now);
        command.Parameters.AddWithValue("sources", items.Select(i => i.Source).ToArray());
        command.Parameters.AddWithValue("streams", items.Select(i => i.Stream).ToArray());
        command.Parameters.AddWithValue("positions", items.Select(i => i.Position).ToArray());
        command.Parameters.AddWithValue("payloads", items.Select(i => i.RawPayload).ToArray());
        command.Parameters.AddWithValue("reasons", items.Select(i => i.Reason).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
