using Hub.Core.Storage.Customers;
using System.Data.Common;

namespace Hub.Storage.Common;

/// <summary>
/// Customer statistics in two grouped queries over the filtered customers: how many customers per group, and how many
/// orders and how much revenue per group and currency. Orders reach a customer through the source record they name.
/// Amounts are summed as integers of ten-thousandths, so sums are exact (amounts with more decimals are rounded to four).
/// </summary>
internal static class CustomerStatsSql
{
    public const long AmountScale = 10_000;

    // Each customer's first and last order day (UTC) come from the activity columns the store keeps current.
    private const string Selected =
        "WITH selected AS (SELECT number, kind, country, city, substr(first_order_at, 1, 10) AS first_day, substr(last_order_at, 1, 10) AS last_day " +
        "FROM customers WHERE ";

    // Orders of the selected customers.
    private const string Orders =
        "), placed AS (SELECT r.customer_number AS number, o.source AS source, o.amount AS amount, o.currency AS currency " +
        "FROM orders o JOIN customer_records r ON r.source = o.source AND r.source_id = o.customer_source_id AND NOT r.is_deleted " +
        "WHERE NOT o.is_deleted AND r.customer_number IN (SELECT number FROM selected))";

    public static DbCommand Customers(DbConnection connection, SqlDialect dialect, IReadOnlyList<StatsDimension> groupBy, CustomerFilter? filter)
    {
        var keys = groupBy.Select(d => Key(dialect, d, "s.source")).ToList();
        var join = groupBy.Contains(StatsDimension.Source)
            ? " JOIN (SELECT DISTINCT customer_number AS number, source FROM customer_records WHERE NOT is_deleted AND customer_number IN (SELECT number FROM selected)) s ON s.number = c.number"
            : "";
        var select = keys.Count == 0 ? "" : string.Join(", ", keys) + ", ";
        var group = keys.Count == 0 ? "" : " GROUP BY " + string.Join(", ", keys);
        return CustomerQuerySql.Around(connection, dialect, Selected, filter,
            Orders + $" SELECT {select}count(DISTINCT c.number) FROM selected c{join}{group};");
    }

    public static DbCommand Revenue(DbConnection connection, SqlDialect dialect, IReadOnlyList<StatsDimension> groupBy, CustomerFilter? filter)
    {
        var keys = groupBy.Select(d => Key(dialect, d, "p.source")).ToList();
        var select = keys.Count == 0 ? "" : string.Join(", ", keys) + ", ";
        return CustomerQuerySql.Around(connection, dialect, Selected, filter,
            Orders + $" SELECT {select}p.currency, count(*), {dialect.SumOfScaled(dialect.Scaled("p.amount", AmountScale))} " +
            "FROM placed p JOIN selected c ON c.number = p.number " +
            "GROUP BY " + string.Join(", ", keys.Append("p.currency")) + ";");
    }

    private static string Key(SqlDialect dialect, StatsDimension dimension, string source) => dimension switch
    {
        StatsDimension.Source => source,
        StatsDimension.Kind => "c.kind",
        StatsDimension.Country => "c.country",
        StatsDimension.City => "c.city",
        StatsDimension.FirstOrderMonth => "substr(c.first_day, 1, 7)",
        StatsDimension.LastOrderMonth => "substr(c.last_day, 1, 7)",
        StatsDimension.FirstOrderWeek => dialect.IsoWeek("c.first_day"),
        StatsDimension.LastOrderWeek => dialect.IsoWeek("c.last_day"),
        _ => throw new ArgumentException($"Unknown dimension {dimension}.", nameof(dimension)),
    };
}
