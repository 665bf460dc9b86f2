using Hub.Contracts;

namespace Hub.Storage.Postgres;

/// <summary>Stages interactions by (source, stream, interaction id); they attach to customers like orders do.</summary>
internal sealed class InteractionStage(StageEncoding encoding) : RecordStage<InteractionRecord>(encoding, "interactions",
    [new("stream", "text"), new("interaction_id", "text")],
    [
        new("customer_source_id", "text"), new("occurred_at", "text"), new("channel", "text"), new("type", "text"), new("direction", "text"),
        new("duration_ms", "bigint"), new("outcome", "text"), new("agent", "text"), new("summary", "text"), new("score", "numeric"),
    ],
    notesCustomers: true)
{
    protected override bool WriteColumns(StageRow row, InteractionRecord record)
    {
        var occurredAt = IsoText.Timestamp(record.OccurredAt);
        // Whole milliseconds: what reports and BI tools work in; finer call timings are not meaningful.
        long? durationMs = record.Duration is { } duration ? (long)Math.Round(duration.TotalMilliseconds) : null;
        Hasher.Start(record.Stream).Add(record.CustomerSourceId).Add(occurredAt).Add(record.Channel).Add(record.Type)
            .Add(record.Direction).Add(durationMs).Add(record.Outcome).Add(record.Agent).Add(record.Summary).Add(IsoText.Decimal(record.Score));

        row.Text(record.Stream);
        row.Text(record.InteractionId);
        row.Text(record.CustomerSourceId);
        row.Text(occurredAt);
        row.Text(record.Channel);
        row.Text(record.Type);
        row.Text(record.Direction);
        row.Int64(durationMs);
        row.Text(record.Outcome);
        row.Text(record.Agent);
        row.Text(record.Summary);
        row.Number(record.Score);
        return false;
    }
}
