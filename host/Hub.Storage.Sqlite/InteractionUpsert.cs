using Hub.Contracts;

namespace Hub.Storage.Sqlite;

/// <summary>Upserts interactions by (source, stream, interaction id); they attach to customers like orders do.</summary>
internal sealed class InteractionUpsert : RecordUpsert
{
    private static readonly string[] DataColumns =
        ["customer_source_id", "occurred_at", "channel", "type", "direction", "duration_ms", "outcome", "agent", "summary", "score"];

    private readonly int _stream;
    private readonly int _data;

    public InteractionUpsert(IngestContext context) : base(context, "interactions", ["stream", "interaction_id"], DataColumns)
    {
        // The interaction id follows the stream; the data columns follow in DataColumns order.
        _stream = Column("stream");
        _data = Column("customer_source_id");
    }

    public UpsertResult Upsert(InteractionRecord record)
    {
        var occurredAt = IsoText.Timestamp(record.OccurredAt);
        // Whole milliseconds: what reports and BI tools work in; finer call timings are not meaningful.
        long? durationMs = record.Duration is { } duration ? (long)Math.Round(duration.TotalMilliseconds) : null;
        var score = IsoText.Decimal(record.Score);
        Hasher.Start(record.Stream).Add(record.CustomerSourceId).Add(occurredAt).Add(record.Channel).Add(record.Type)
            .Add(record.Direction).Add(durationMs).Add(record.Outcome).Add(record.Agent).Add(record.Summary).Add(score);

        var s = Statement;
        s.Bind(_stream, record.Stream);
        s.Bind(_stream + 1, record.InteractionId);
        s.Bind(_data, record.CustomerSourceId);
        s.Bind(_data + 1, occurredAt);
        s.Bind(_data + 2, record.Channel);
        s.Bind(_data + 3, record.Type);
        s.Bind(_data + 4, record.Direction);
        s.Bind(_data + 5, durationMs);
        s.Bind(_data + 6, record.Outcome);
        s.Bind(_data + 7, record.Agent);
        s.Bind(_data + 8, record.Summary);
        s.Bind(_data + 9, score);
        return Execute(record, clearData: false);
    }
}
