using System.Text.RegularExpressions;

namespace Hub.Contracts.Testing;

/// <summary>What makes a record the hub can store: the rules a full read's records and rejects are checked against.</summary>
internal static partial class CanonicalRecords
{
    private static readonly HashSet<string> Streams = ["customers", "orders", "interactions", "events"];

    /// <summary>Every problem of one batch, each naming the record by its position or id.</summary>
    public static IEnumerable<string> Problems(RecordBatch batch)
    {
        if (batch.Checkpoint is null) yield return "a batch has no checkpoint (use Checkpoint.Start only before the first batch)";
        foreach (var record in batch.Records)
        {
            if (record is null)
            {
                yield return "a batch holds a null record";
                continue;
            }

            var where = record.Position ?? $"{record.Stream} '{record.RecordId}'";
            if (!Streams.Contains(record.Stream)) yield return $"{where}: stream '{record.Stream}' is not one of {string.Join(", ", Streams)}";
            if (string.IsNullOrWhiteSpace(record.RecordId)) yield return $"{where}: the record has no id (put input without one into RecordBatch.Rejected)";
            if (record.Attributes.Keys.Any(string.IsNullOrWhiteSpace)) yield return $"{where}: an attribute has an empty name";
            // A deleted record is stored as a tombstone under its key: the hub asks nothing else of it.
            if (record.IsDeleted) continue;
            foreach (var problem in Own(record)) yield return $"{where}: {problem}";
        }

        foreach (var rejected in batch.Rejected)
        {
            if (rejected is null)
            {
                yield return "a batch holds a null rejected input";
                continue;
            }

            if (string.IsNullOrWhiteSpace(rejected.Reason)) yield return $"{rejected.Position ?? rejected.Stream}: a rejected input has no reason";
            if (rejected.RawPayload is null) yield return $"{rejected.Position ?? rejected.Stream}: a rejected input has no raw payload to quarantine";
        }
    }

    private static IEnumerable<string> Own(SourceRecord record)
    {
        switch (record)
        {
            case OrderRecord order:
                if (string.IsNullOrWhiteSpace(order.CustomerSourceId)) yield return "the order names no customer";
                if (!CurrencyCode().IsMatch(order.Currency ?? "")) yield return $"currency '{order.Currency}' is not an ISO 4217 code (three capital letters)";
                if (order.OrderedAt == default) yield return "the order has no date";
                break;
            case InteractionRecord interaction:
                if (string.IsNullOrWhiteSpace(interaction.CustomerSourceId)) yield return "the interaction names no customer";
                if (string.IsNullOrWhiteSpace(interaction.Channel)) yield return "the interaction has no channel";
                if (interaction.OccurredAt == default) yield return "the interaction has no time";
                break;
            case EventRecord @event:
                if (string.IsNullOrWhiteSpace(@event.CustomerSourceId)) yield return "the event names no customer";
                if (string.IsNullOrWhiteSpace(@event.Name)) yield return "the event has no name";
                if (@event.OccurredAt == default) yield return "the event has no time";
                break;
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
