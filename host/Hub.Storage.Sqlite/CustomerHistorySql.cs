using System.Globalization;
using System.Text;
using Hub.Core.Storage.Customers;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// The batched reads of customers' orders and interactions: one statement takes the first N of every customer in a list,
/// newest first, with each customer's total, by numbering each customer's rows with a window function.
/// </summary>
internal static class CustomerHistorySql
{
    /// <summary>The ordinals every row of <see cref="Select"/> starts with; the table's own columns follow from <see cref="FirstExtra"/>.</summary>
    public const int Customer = 0, Total = 1, Selected = 2, RowId = 3, At = 4, Source = 5, FirstExtra = 6;

    /// <summary>
    /// A statement over <paramref name="table"/> (orders or interactions, which attach to customers alike: by source and
    /// the customer's id in it). Every customer with any rows gets at least one row, so that its total arrives even when
    /// the page is empty; only rows whose <see cref="Selected"/> is 1 belong to the page.
    /// </summary>
    public static SqliteCommand Select(
        SqliteConnection connection, string table, string timeColumn, IReadOnlyList<string> extraColumns, IReadOnlyList<long> numbers, HistoryQuery query)
    {
        var command = connection.CreateCommand();
        var numberList = NumberList(command, numbers);

        // Timestamps are fixed-width UTC text, so comparing the text compares the times.
        command.CommandText =
            $"WITH attached AS (SELECT c.customer_number AS customer, t.id AS row_id, t.{timeColumn} AS at, t.source AS source, {string.Join(", ", extraColumns.Select(c => "t." + c))}, " +
            $"CASE WHEN $at IS NULL OR t.{timeColumn} < $at OR (t.{timeColumn} = $at AND t.id < $id) THEN 1 ELSE 0 END AS wanted " +
            $"FROM customer_records c JOIN {table} t ON t.source = c.source AND t.customer_source_id = c.source_id AND t.is_deleted = 0 " +
            $"WHERE c.is_deleted = 0 AND c.customer_number IN ({numberList})), " +
            "ranked AS (SELECT *, count(*) OVER (PARTITION BY customer) AS total, " +
            "ROW_NUMBER() OVER (PARTITION BY customer, wanted ORDER BY at DESC, row_id DESC) AS rn FROM attached) " +
            $"SELECT customer, total, wanted = 1 AND rn <= $limit, row_id, at, source, {string.Join(", ", extraColumns)} " +
            "FROM ranked WHERE (wanted = 1 AND rn <= $limit) OR rn = 1 ORDER BY customer, wanted DESC, at DESC, row_id DESC;";
        command.Parameters.AddWithValue("$at", query.After is { } after ? IsoText.Timestamp(after.At) : DBNull.Value);
        command.Parameters.AddWithValue("$id", query.After?.RowId ?? 0);
        command.Parameters.AddWithValue("$limit", query.Limit);
        return command;
    }

    /// <summary>The identity links of the customers in a list, each with its records' source and source id, strongest first per customer.</summary>
    public static SqliteCommand Links(SqliteConnection connection, IReadOnlyList<long> numbers)
    {
        var command = connection.CreateCommand();
        var numberList = NumberList(command, numbers);

        // Rule and decision links (no weight) first, as 'hub explain' lists them.
        command.CommandText =
            "SELECT l.customer_number, a.source, a.source_id, b.source, b.source_id, l.record_a, l.record_b, l.weight, l.levels, l.rule, l.model_version " +
            "FROM identity_links l JOIN customer_records a ON a.id = l.record_a JOIN customer_records b ON b.id = l.record_b " +
            $"WHERE l.customer_number IN ({numberList}) " +
            "ORDER BY l.customer_number, l.weight IS NOT NULL, l.weight DESC, l.record_a, l.record_b;";
        return command;
    }

    /// <summary>Binds the customer numbers as parameters of the command and returns the list of them for an IN (...).</summary>
    private static string NumberList(SqliteCommand command, IReadOnlyList<long> numbers)
    {
        var list = new StringBuilder();
        for (var i = 0; i < numbers.Count; i++)
        {
            var name = "$n" + i.ToString(CultureInfo.InvariantCulture);
            list.Append(i == 0 ? name : ", " + name);
            command.Parameters.AddWithValue(name, numbers[i]);
        }

        return list.ToString();
    }
}
