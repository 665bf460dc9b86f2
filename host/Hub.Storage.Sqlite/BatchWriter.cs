using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Writes one <see cref="IngestBatch"/> inside the caller's transaction. Statements are prepared the first time a
/// record type shows up and reused for the rest of the batch. Nothing here commits: the caller does, or rolls back.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    // Often enough to stop a large batch quickly, rarely enough to cost nothing.
    private const int CancellationCheckInterval = 512;

    private readonly IngestContext _context;
    private readonly BatchActivity _activity;
    private CustomerUpsert? _customers;
    private OrderUpsert? _orders;
    private InteractionUpsert? _interactions;
    private EventUpsert? _events;

    public BatchWriter(SqliteConnection connection, SqliteTransaction transaction, IngestBatch batch, string now)
    {
        _context = new IngestContext(connection, transaction, batch.Source, batch.RunId, now, new ContentHasher(), new JsonColumnWriter());
        _activity = new BatchActivity(connection, batch.Source);
    }

    public RunCounts Write(IngestBatch batch, CancellationToken cancellationToken)
    {
        long inserted = 0, updated = 0, unchanged = 0, warned = 0;
        var records = batch.Records;
        for (var i = 0; i < records.Count; i++)
        {
            if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            var record = records[i];
            var result = Upsert(record);
            switch (result)
            {
                case UpsertResult.Inserted: inserted++; break;
                case UpsertResult.Updated: updated++; break;
                default: unchanged++; break;
            }
            if (result != UpsertResult.Unchanged) _activity.Changed(record);
            if (record.Warnings.Count > 0) warned++;
        }
        cancellationToken.ThrowIfCancellationRequested();

        _activity.Refresh();
        InsertQuarantine(batch.Quarantined);
        if (batch.ConnectorId is not null) SaveCheckpoint(batch.ConnectorId, batch.Checkpoint);
        var counts = new RunCounts
        {
            Read = batch.Read,
            Inserted = inserted,
            Updated = updated,
            Unchanged = unchanged,
            Warned = warned,
            Quarantined = batch.Quarantined.Count,
            Suppressed = batch.Suppressed,
        };
        AddToRun(counts);
        return counts;
    }

    public void Dispose()
    {
        _customers?.Dispose();
        _orders?.Dispose();
        _interactions?.Dispose();
        _events?.Dispose();
        _context.Json.Dispose();
    }

    private UpsertResult Upsert(SourceRecord record) => record switch
    {
        CustomerRecord customer => (_customers ??= new CustomerUpsert(_context)).Upsert(customer),
        OrderRecord order => (_orders ??= Watched(() => new OrderUpsert(_context))).Upsert(order),
        InteractionRecord interaction => (_interactions ??= Watched(() => new InteractionUpsert(_context))).Upsert(interaction),
        EventRecord @event => (_events ??= new EventUpsert(_context)).Upsert(@event),
        _ => throw new NotSupportedException(
            $"Records of type {record.GetType().Name} (stream '{record.Stream}') cannot be stored: the hub stores customers, orders, interactions and events."),
    };

    // Orders and interactions change their customers' activity, so its watch starts before the first of them is written.
    private T Watched<T>(Func<T> create)
    {
        _activity.Watch();
        return create();
    }

    private void InsertQuarantine(IReadOnlyList<QuarantineItem> items)
    {
        if (items.Count == 0) return;
        using var command = CreateCommand(
            "INSERT INTO quarantine (run_id, source, stream, position, raw_payload, reason, created_at) " +
            "VALUES ($run_id, $source, $stream, $position, $raw_payload, $reason, $now);");
        command.Parameters.AddWithValue("$run_id", _context.RunId);
        command.Parameters.AddWithValue("$now", _context.Now);
        var source = command.Parameters.Add("$source", SqliteType.Text);
        var stream = command.Parameters.Add("$stream", SqliteType.Text);
        var position = command.Parameters.Add("$position", SqliteType.Text);
        var payload = command.Parameters.Add("$raw_payload", SqliteType.Text);
        var reason = command.Parameters.Add("$reason", SqliteType.Text);
        command.Prepare();
        foreach (var item in items)
        {
            source.Value = item.Source;
            stream.Value = item.Stream;
            position.Value = (object?)item.Position ?? DBNull.Value;
            payload.Value = item.RawPayload;
            reason.Value = item.Reason;
            command.ExecuteNonQuery();
        }
    }

    private void SaveCheckpoint(string connectorId, Checkpoint checkpoint)
    {
        using var command = CreateCommand(
            "INSERT INTO checkpoints (connector_id, value, updated_at, run_id) VALUES ($connector_id, $value, $now, $run_id) " +
            "ON CONFLICT (connector_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, run_id = excluded.run_id;");
        command.Parameters.AddWithValue("$connector_id", connectorId);
        command.Parameters.AddWithValue("$value", (object?)checkpoint.Value ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", _context.Now);
        command.Parameters.AddWithValue("$run_id", _context.RunId);
        command.ExecuteNonQuery();
    }

    private void AddToRun(RunCounts counts)
    {
        // Suppressed records are rare (only erased people's); a batch without them leaves the column out, which also lets the
        // upgrade tests write a database older than migration 0008 with this writer.
        var suppressed = counts.Suppressed > 0 ? ", suppressed = suppressed + $suppressed" : "";
        using var command = CreateCommand(
            "UPDATE runs SET read = read + $read, inserted = inserted + $inserted, updated = updated + $updated, " +
            $"unchanged = unchanged + $unchanged, warned = warned + $warned, quarantined = quarantined + $quarantined{suppressed} WHERE id = $run_id;");
        command.Parameters.AddWithValue("$read", counts.Read);
        command.Parameters.AddWithValue("$inserted", counts.Inserted);
        command.Parameters.AddWithValue("$updated", counts.Updated);
        command.Parameters.AddWithValue("$unchanged", counts.Unchanged);
        command.Parameters.AddWithValue("$warned", counts.Warned);
        command.Parameters.AddWithValue("$quarantined", counts.Quarantined);
        command.Parameters.AddWithValue("$suppressed", counts.Suppressed);
        command.Parameters.AddWithValue("$run_id", _context.RunId);
        if (command.ExecuteNonQuery() != 1)
            throw new InvalidOperationException($"Run {_context.RunId} does not exist: start a run with StartRunAsync before committing batches to it.");
    }

    private SqliteCommand CreateCommand(string sql)
    {
        var command = _context.Connection.CreateCommand();
        command.Transaction = _context.Transaction;
        command.CommandText = sql;
        return command;
    }
}
