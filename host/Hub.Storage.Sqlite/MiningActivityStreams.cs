namespace Hub.Storage.Sqlite;

/// <summary>
/// The statements <see cref="SqliteMiningActivity"/> merges: each lists one kind of row of the unified customers in
/// customer-number order (the partial index on customer_records.customer_number gives that order without a sort), only
/// live records, and only activity before the end of the as-of day ($end: UTC "O" text, which compares as text). Each
/// covers the customer numbers from $from up to, not including, $to, so that parts of the snapshot can be read side by side.
/// </summary>
internal static class MiningActivityStreams
{
    private const string LiveRecordsInRange = "r.customer_number IS NOT NULL AND r.customer_number >= $from AND r.customer_number < $to AND r.is_deleted = 0";

    public const string Customers = "SELECT number, kind, display_name, company, country FROM customers WHERE number >= $from AND number < $to ORDER BY number;";

    public const string Records =
        "SELECT r.customer_number, r.source, r.first_seen, r.attributes, coalesce(r.source_updated_at, r.last_changed), c.plugin_id " +
        "FROM customer_records r LEFT JOIN connectors c ON c.id = r.source " +
        "WHERE " + LiveRecordsInRange + " ORDER BY r.customer_number;";

    public const string Orders =
        "SELECT r.customer_number, o.source, o.order_id, o.customer_source_id, o.ordered_at, o.amount, o.currency, o.lines, o.attributes " +
        "FROM customer_records r JOIN orders o ON o.source = r.source AND o.customer_source_id = r.source_id " +
        "WHERE " + LiveRecordsInRange + " AND o.is_deleted = 0 AND o.ordered_at < $end ORDER BY r.customer_number;";

    public const string Interactions =
        "SELECT r.customer_number, i.source, i.interaction_id, i.customer_source_id, i.occurred_at, i.channel, i.type, i.direction, " +
        "i.duration_ms, i.outcome, i.agent, i.summary, i.score, i.attributes " +
        "FROM customer_records r JOIN interactions i ON i.source = r.source AND i.customer_source_id = r.source_id " +
        "WHERE " + LiveRecordsInRange + " AND i.is_deleted = 0 AND i.occurred_at < $end ORDER BY r.customer_number;";

    public const string Events =
        "SELECT r.customer_number, e.source, e.event_id, e.customer_source_id, e.name, e.occurred_at, e.properties, e.attributes " +
        "FROM customer_records r JOIN events e ON e.source = r.source AND e.customer_source_id = r.source_id " +
        "WHERE " + LiveRecordsInRange + " AND e.is_deleted = 0 AND e.occurred_at < $end ORDER BY r.customer_number;";
}
