using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Keeps the activity columns of <c>customers</c> (first and last order and interaction, counts) equal to what the
/// orders and interactions of each customer's live records say. Sets of customers and of source ids travel as one JSON
/// array parameter read by <c>json_each</c>, so a statement handles any number of them.
/// </summary>
internal static class CustomerActivitySql
{
    private const string Reset =
        "UPDATE customers SET first_order_at = NULL, last_order_at = NULL, order_count = 0, " +
        "first_interaction_at = NULL, last_interaction_at = NULL, interaction_count = 0 WHERE number IN (SELECT value FROM json_each(?1));";

    /// <summary>Computes every customer's activity; the customers must hold the defaults (a save of all has just inserted them).</summary>
    public static void RefreshAll(SqliteConnection connection)
    {
        Execute(connection, Orders(""), null);
        Execute(connection, Interactions(""), null);
    }

    /// <summary>Recomputes the activity of these customers.</summary>
    public static void Refresh(SqliteConnection connection, IReadOnlyCollection<long> numbers)
    {
        if (numbers.Count == 0) return;
        var json = JsonSerializer.Serialize(numbers);
        const string chosen = " AND r.customer_number IN (SELECT value FROM json_each(?1))";
        Execute(connection, Reset, json);
        Execute(connection, Orders(chosen), json);
        Execute(connection, Interactions(chosen), json);
    }

    /// <summary>The customers whose live records of this source have one of these source ids.</summary>
    public static List<long> CustomersOf(SqliteConnection connection, string source, IReadOnlyCollection<string> sourceIds)
    {
        var numbers = new List<long>();
        if (sourceIds.Count == 0) return numbers;
        using var select = new RawStatement(connection,
            "SELECT DISTINCT customer_number FROM customer_records WHERE source = ?1 " +
            "AND source_id IN (SELECT value FROM json_each(?2)) AND customer_number IS NOT NULL AND is_deleted = 0;");
        select.Bind(1, source);
        select.Bind(2, JsonSerializer.Serialize(sourceIds));
        while (select.Step()) numbers.Add(select.Int64(0));
        return numbers;
    }

    private static string Orders(string chosen) =>
        "UPDATE customers SET first_order_at = a.first_at, last_order_at = a.last_at, order_count = a.n " +
        "FROM (SELECT r.customer_number AS number, min(o.ordered_at) AS first_at, max(o.ordered_at) AS last_at, count(*) AS n " +
        "FROM customer_records r JOIN orders o ON o.source = r.source AND o.customer_source_id = r.source_id " +
        $"WHERE r.customer_number IS NOT NULL AND r.is_deleted = 0 AND o.is_deleted = 0{chosen} GROUP BY r.customer_number) AS a " +
        "WHERE customers.number = a.number;";

    private static string Interactions(string chosen) =>
        "UPDATE customers SET first_interaction_at = a.first_at, last_interaction_at = a.last_at, interaction_count = a.n " +
        "FROM (SELECT r.customer_number AS number, min(i.occurred_at) AS first_at, max(i.occurred_at) AS last_at, count(*) AS n " +
        "FROM customer_records r JOIN interactions i ON i.source = r.source AND i.customer_source_id = r.source_id " +
        $"WHERE r.customer_number IS NOT NULL AND r.is_deleted = 0 AND i.is_deleted = 0{chosen} GROUP BY r.customer_number) AS a " +
        "WHERE customers.number = a.number;";

    private static void Execute(SqliteConnection connection, string sql, string? numbers)
    {
        using var statement = new RawStatement(connection, sql);
        if (numbers is not null) statement.Bind(1, numbers);
        statement.Execute();
    }
}
