using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Runs <see cref="CustomerActivityStatements"/> on SQLite. Sets of customers and of source ids travel as one JSON
/// array parameter read by <c>json_each</c>, so a statement handles any number of them.
/// </summary>
internal static class CustomerActivitySql
{
    private const string Chosen = "IN (SELECT value FROM json_each(?1))";

    /// <summary>Computes every customer's activity; the customers must hold the defaults (a save of all has just inserted them).</summary>
    public static void RefreshAll(SqliteConnection connection)
    {
        Execute(connection, CustomerActivityStatements.Orders(""), null);
        Execute(connection, CustomerActivityStatements.Interactions(""), null);
    }

    /// <summary>Recomputes the activity of these customers.</summary>
    public static void Refresh(SqliteConnection connection, IReadOnlyCollection<long> numbers)
    {
        if (numbers.Count == 0) return;
        var json = JsonSerializer.Serialize(numbers);
        const string chosen = " AND r.customer_number " + Chosen;
        Execute(connection, CustomerActivityStatements.Reset(Chosen), json);
        Execute(connection, CustomerActivityStatements.Orders(chosen), json);
        Execute(connection, CustomerActivityStatements.Interactions(chosen), json);
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

    private static void Execute(SqliteConnection connection, string sql, string? numbers)
    {
        using var statement = new RawStatement(connection, sql);
        if (numbers is not null) statement.Bind(1, numbers);
        statement.Execute();
    }
}
