using Hub.Contracts;

namespace Hub.Pipeline.Ingest;

/// <summary>The text fields of each canonical record, by their canonical names, for checks that apply to all of them.</summary>
internal static class RecordFields
{
    public static IEnumerable<(string Name, string? Value)> TextOf(SourceRecord record)
    {
        IEnumerable<(string, string?)> own = record switch
        {
            CustomerRecord c =>
            [
                ("source_id", c.SourceId), ("full_name", c.FullName), ("given_name", c.GivenName), ("family_name", c.FamilyName),
                ("email", c.Email), ("phone", c.Phone), ("street", c.Street), ("city", c.City), ("postcode", c.Postcode),
                ("country", c.Country), ("company", c.Company), ("external_id", c.ExternalId),
            ],
            OrderRecord o => [("order_id", o.OrderId), ("customer_source_id", o.CustomerSourceId), ("currency", o.Currency)],
            InteractionRecord i =>
            [
                ("interaction_id", i.InteractionId), ("customer_source_id", i.CustomerSourceId), ("channel", i.Channel), ("type", i.Type),
                ("direction", i.Direction), ("outcome", i.Outcome), ("agent", i.Agent), ("summary", i.Summary),
            ],
            EventRecord e => [("event_id", e.EventId), ("customer_source_id", e.CustomerSourceId), ("name", e.Name), ("properties", e.PropertiesJson)],
            _ => [],
        };
        // Most records have no attributes; validating every record of a batch should not chain enumerators for nothing.
        return record.Attributes.Count == 0 ? own : own.Concat(record.Attributes.Select(a => (a.Key, (string?)a.Value)));
    }

    /// <summary>The fields that make up the record's key; a record missing one cannot be stored.</summary>
    public static IEnumerable<(string Name, string? Value)> KeyOf(SourceRecord record) => record switch
    {
        CustomerRecord c => [("source_id", c.SourceId)],
        OrderRecord o => [("order_id", o.OrderId), ("customer_source_id", o.CustomerSourceId), ("currency", o.Currency)],
        InteractionRecord i => [("interaction_id", i.InteractionId), ("customer_source_id", i.CustomerSourceId), ("channel", i.Channel)],
        EventRecord e => [("event_id", e.EventId), ("customer_source_id", e.CustomerSourceId), ("name", e.Name)],
        _ => [],
    };
}
