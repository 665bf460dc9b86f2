using System.Data.Common;
using Hub.Core.Storage.Customers;

namespace Hub.Storage.Common;

/// <summary>
/// The batched reads of customers' orders and interactions: one statement takes the first N of every customer in a list,
/// newest first, with each customer's total, by numbering each customer's rows with a window function.
/// </summary>
internal static class CustomerHistorySql
{
    /// <summary>The ordinals every row of <see cref="Select"/> starts with; the table's own columns follow from <see cref="FirstExtra"/>.</summary>
    public const int Customer = 0, Total = 1, Selected = 2, RowId = 3, At = 4, Source = 5, FirstExtra = 6;

    /// <summary>The columns of an order read after <see cref="FirstExtra"/>.</summary>
    public static readonly string[] OrderColumns = ["order_id", "amount", "currency", "lines"];

    /// <summary>The columns of an interaction read after <see cref="FirstExtra"/>.</summary>
    public static readonly string[] InteractionColumns = ["interaction_id", "channel", "type", "direction", "duration_ms", "outcome", "agent", "summary", "score"];

    /// <summary>
    /// A statement over <paramref name="table"/> (orders or interactions, which attach to customers alike: by source and
    /// the customer's id in it). Every customer with any rows gets at least one row, so that its total arrives even when
    /// the page is empty; only rows whose <see cref="Selected"/> is 1 belong to the page.
    /// </summary>
    public static DbCommand Select(
        DbConnection connection, SqlDialect dialect, string table, string timeColumn, IReadOnlyList<string> extraColumns, IReadOnlyList<long> numbers, HistoryQuery query)
    {
        var command = connection.CreateCommand();
        var chosen = dialect.InNumbers(command, numbers);

        // Timestamps are fixed-width UTC text, so comparing the text compares the times.
        command.CommandText =
            $"WITH attached AS (SELECT c.customer_number AS customer, t.id AS row_id, t.{timeColumn} AS at, t.source AS source, {string.Join(", ", extraColumns.Select(c => "t." + c))}, " +
            $"CASE WHEN @at IS NULL OR t.{timeColumn} < @at OR (t.{timeColumn} = @at AND t.id < @id) THEN 1 ELSE 0 END AS wanted " +
            $"FROM customer_records c JOIN {table} t ON t.source = c.source AND t.customer_source_id = c.source_id AND NOT t.is_deleted " +
            $"WHERE NOT c.is_deleted AND c.customer_number {chosen}), " +
            "ranked AS (SELECT *, count(*) OVER (PARTITION BY customer) AS total, " +
            "ROW_NUMBER() OVER (PARTITION BY customer, wanted ORDER BY at DESC, row_id DESC) AS rn FROM attached) " +
            $"SELECT customer, total, CASE WHEN wanted = 1 AND rn <= @limit THEN 1 ELSE 0 END, row_id, at, source, {string.Join(", ", extraColumns)} " +
            "FROM ranked WHERE (wanted = 1 AND rn <= @limit) OR rn = 1 ORDER BY customer, wanted DESC, at DESC, row_id DESC;";
        // Typed, so PostgreSQL knows what a NULL @at is.
        Add(command, "@at", query.After is { } after ? IsoText.Timestamp(after.At) : DBNull.Value, System.Data.DbType.String);
        Add(command, "@id", query.After?.RowId ?? 0L, System.Data.DbType.Int64);
        Add(command, "@limit", (long)query.Limit, System.Data.DbType.Int64);
        return command;
    }

    /// <summary>The identity links of the customers in a list, each with its records' source and source id, strongest first per customer.</summary>
    public static DbCommand Links(DbConnection connection, SqlDialect dialect, IReadOnlyList<long> numbers)
    {
        var command = connection.CreateCommand();
        var chosen = dialect.InNumbers(command, numbers);

        // Rule and decision links (no weight) first, as 'hub explain' lists them.
        command.CommandText =
            "SELECT l.customer_number, a.source, a.source_id, b.source, b.source_id, l.record_a, l.record_b, l.weight, l.levels, l.rule, l.model_version " +
            "FROM identity_links l JOIN customer_records a ON a.id = l.record_a JOIN customer_records b ON b.id = l.record_b " +
            $"WHERE l.customer_number {chosen} " +
            "ORDER BY l.customer_number, l.weight IS NOT NULL, l.weight DESC, l.record_a, l.record_b;";
        return command;
    }

    private static void Add(DbCommand command, string name, object value, System.Data.DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
