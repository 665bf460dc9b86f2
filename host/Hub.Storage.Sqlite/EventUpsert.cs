using Hub.Contracts;

namespace Hub.Storage.Sqlite;

/// <summary>Upserts behavioural events by (source, stream, event id); they attach to customers like orders do.</summary>
internal sealed class EventUpsert : RecordUpsert
{
    private static readonly string[] DataColumns = ["customer_source_id", "name", "occurred_at", "properties"];

    private readonly int _stream;
    private readonly int _data;

    public EventUpsert(IngestContext context) : base(context, "events", ["stream", "event_id"], DataColumns)
    {
        // The event id follows the stream; the data columns follow in DataColumns order.
        _stream = Column("stream");
        _data = Column("customer_source_id");
    }

    public UpsertResult Upsert(EventRecord record)
    {
        var occurredAt = IsoText.Timestamp(record.OccurredAt);
        Hasher.Start(record.Stream).Add(record.CustomerSourceId).Add(record.Name).Add(occurredAt).Add(record.PropertiesJson);

        var s = Statement;
        s.Bind(_stream, record.Stream);
        s.Bind(_stream + 1, record.EventId);
        s.Bind(_data, record.CustomerSourceId);
        s.Bind(_data + 1, record.Name);
        s.Bind(_data + 2, occurredAt);
        s.Bind(_data + 3, record.PropertiesJson);
        return Execute(record, clearData: false);
    }
}
