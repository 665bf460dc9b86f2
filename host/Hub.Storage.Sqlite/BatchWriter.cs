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
        if (batch.ConnectorId is not null)
        {
            using var checkpoint = CreateCommand("");
            BatchBookkeeping.SaveCheckpoint(checkpoint, batch.ConnectorId, batch.Checkpoint, _context.Now, _context.RunId);
            checkpoint.ExecuteNonQuery();
        }

        var counts = BatchBookkeeping.Counts(batch, inserted, updated, unchanged, warned);
        using var run = CreateCommand("");
        BatchBookkeeping.AddToRun(run, counts, _context.RunId);
        if (run.ExecuteNonQuery() != 1) throw BatchBookkeeping.NoSuchRun(_context.RunId);
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
        _ => throw BatchBookkeeping.Unsupported(record),
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

    private SqliteCommand CreateCommand(string sql)
    {
        var command = _context.Connection.CreateCommand();
        command.Transaction = _context.Transaction;
        command.CommandText = sql;
        return command;
    }
}
