namespace Hub.Storage.Common;

/// <summary>
/// The statements that keep the activity columns of <c>customers</c> (first and last order and interaction, counts) equal
/// to what the orders and interactions of each customer's live records say. <c>chosen</c> is the engine's condition
/// restricting <c>r.customer_number</c> (or <c>number</c> in <see cref="Reset"/>) to a set of customers, or "" for all.
/// </summary>
internal static class CustomerActivityStatements
{
    /// <summary>Empties the activity of the chosen customers, before it is computed again.</summary>
    public static string Reset(string chosen) =>
        "UPDATE customers SET first_order_at = NULL, last_order_at = NULL, order_count = 0, " +
        $"first_interaction_at = NULL, last_interaction_at = NULL, interaction_count = 0 WHERE number {chosen};";

    public static string Orders(string chosen) =>
        "UPDATE customers SET first_order_at = a.first_at, last_order_at = a.last_at, order_count = a.n " +
        "FROM (SELECT r.customer_number AS number, min(o.ordered_at) AS first_at, max(o.ordered_at) AS last_at, count(*) AS n " +
        "FROM customer_records r JOIN orders o ON o.source = r.source AND o.customer_source_id = r.source_id " +
        $"WHERE r.customer_number IS NOT NULL AND NOT r.is_deleted AND NOT o.is_deleted{chosen} GROUP BY r.customer_number) AS a " +
        "WHERE customers.number = a.number;";

    public static string Interactions(string chosen) =>
        "UPDATE customers SET first_interaction_at = a.first_at, last_interaction_at = a.last_at, interaction_count = a.n " +
        "FROM (SELECT r.customer_number AS number, min(i.occurred_at) AS first_at, max(i.occurred_at) AS last_at, count(*) AS n " +
        "FROM customer_records r JOIN interactions i ON i.source = r.source AND i.customer_source_id = r.source_id " +
        $"WHERE r.customer_number IS NOT NULL AND NOT r.is_deleted AND NOT i.is_deleted{chosen} GROUP BY r.customer_number) AS a " +
        "WHERE customers.number = a.number;";
}
