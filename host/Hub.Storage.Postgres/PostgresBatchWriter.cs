using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Postgres;

/// <summary>
/// Writes one <see cref="IngestBatch"/> inside the caller's transaction: each record table's share by COPY and one upsert
/// (see <see cref="RecordStage{T}"/>), then the activity of the customers it touched, the quarantine, the checkpoint and the
/// run's counts. Nothing here commits: the caller does, or rolls back.
/// </summary>
internal sealed class PostgresBatchWriter(StageContext context)
{
    private const int CancellationCheckInterval = 512;

    private CustomerStage? _customers;
    private OrderStage? _orders;
    private InteractionStage? _interactions;
    private EventStage? _events;

    public async Task<RunCounts> WriteAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        long warned = 0;
        var records = batch.Records;
        for (var i = 0; i < records.Count; i++)
        {
            if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            var record = records[i];
            Add(record);
            if (record.Warnings.Count > 0) warned++;
        }
        cancellationToken.ThrowIfCancellationRequested();

        var activity = new PostgresBatchActivity(context);
        long inserted = 0, updated = 0, unchanged = 0;
        foreach (var write in Writes(activity))
        {
            var table = await write(cancellationToken).ConfigureAwait(false);
            (inserted, updated, unchanged) = (inserted + table.Inserted, updated + table.Updated, unchanged + table.Unchanged);
        }

        await activity.RefreshAsync(cancellationToken).ConfigureAwait(false);
        await InsertQuarantineAsync(batch.Quarantined, cancellationToken).ConfigureAwait(false);
        if (batch.ConnectorId is not null)
        {
            await using var checkpoint = context.Command("");
            BatchBookkeeping.SaveCheckpoint(checkpoint, batch.ConnectorId, batch.Checkpoint, context.Now, context.RunId);
            await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var counts = BatchBookkeeping.Counts(batch, inserted, updated, unchanged, warned);
        await using var run = context.Command("");
        BatchBookkeeping.AddToRun(run, counts, context.RunId);
        if (await run.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1) throw BatchBookkeeping.NoSuchRun(context.RunId);
        return counts;
    }

    private void Add(SourceRecord record)
    {
        switch (record)
        {
            case CustomerRecord customer: (_customers ??= new CustomerStage(context)).Add(customer); break;
            case OrderRecord order: (_orders ??= new OrderStage(context)).Add(order); break;
            case InteractionRecord interaction: (_interactions ??= new InteractionStage(context)).Add(interaction); break;
            case EventRecord @event: (_events ??= new EventStage(context)).Add(@event); break;
            default: throw BatchBookkeeping.Unsupported(record);
        }
    }

    // Tables in a fixed order, whatever the batch's order: two batches never lock each other's rows in opposite orders.
    private IEnumerable<Func<CancellationToken, Task<StageCounts>>> Writes(PostgresBatchActivity activity)
    {
        if (_customers is not null) yield return _customers.WriteAsync;
        if (_orders is not null) yield return Watched(_orders, activity);
        if (_interactions is not null) yield return Watched(_interactions, activity);
        if (_events is not null) yield return _events.WriteAsync;
    }

    private static Func<CancellationToken, Task<StageCounts>> Watched<T>(RecordStage<T> stage, PostgresBatchActivity activity) where T : SourceRecord =>
        async cancellationToken =>
        {
            await activity.WatchAsync(cancellationToken).ConfigureAwait(false);
            return await stage.WriteAsync(cancellationToken).ConfigureAwait(false);
        };

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
