using Hub.Contracts;

namespace Hub.Storage.Postgres;

/// <summary>Stages behavioural events by (source, stream, event id); they attach to customers like orders do.</summary>
internal sealed class EventStage(StageEncoding encoding) : RecordStage<EventRecord>(encoding, "events",
    [new("stream", "text"), new("event_id", "text")],
    [new("customer_source_id", "text"), new("name", "text"), new("occurred_at", "text"), new("properties", "text")])
{
    protected override bool WriteColumns(StageRow row, EventRecord record)
    {
        var occurredAt = IsoText.Timestamp(record.OccurredAt);
        Hasher.Start(record.Stream).Add(record.CustomerSourceId).Add(record.Name).Add(occurredAt).Add(record.PropertiesJson);

        row.Text(record.Stream);
        row.Text(record.EventId);
        row.Text(record.CustomerSourceId);
        row.Text(record.Name);
        row.Text(occurredAt);
        row.Text(record.PropertiesJson);
        return false;
    }
}
