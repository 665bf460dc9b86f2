using Hub.Core.Mining;
using System.Globalization;
using System.Text;
using Hub.Contracts;
using Hub.Core.Storage.Customers;
using System.Data.Common;

namespace Hub.Storage.Common;

/// <summary>
/// Turns a <see cref="CustomerQuery"/> into one parameterised SELECT over <c>customers</c>. Ordering keys never hold NULL
/// (a customer without a value sorts by a flag first, then an empty stand-in), so a position compares as a plain tuple and
/// keyset paging needs no special cases; the customer number ends every ordering, so positions are unique.
/// </summary>
internal sealed class CustomerQuerySql
{
    private readonly StringBuilder _sql = new();
    private readonly List<object> _parameters = [];
    private readonly SqlDialect _dialect;

    private CustomerQuerySql(SqlDialect dialect) => _dialect = dialect;

    /// <summary>
    /// Fields whose ordering keys are generated columns of <c>customers</c> with an index over them and the number, so that
    /// a page in their order is read from the index, starting at its cursor.
    /// </summary>
    private static readonly HashSet<CustomerField> IndexedOrderings = [CustomerField.DisplayName, CustomerField.FamilyName];

    /// <summary>
    /// The keys a query orders by, as (SQL expression, descending, whether it is a missing-value flag), the customer number
    /// last. A flag is a boolean on PostgreSQL and 0/1 on SQLite; positions hold it as 0/1 on both.
    /// </summary>
    public static List<(string Expression, bool Descending, bool Flag)> Keys(IReadOnlyList<CustomerOrder> order)
    {
        var keys = new List<(string, bool, bool)>();
        var numberDescending = false;
        foreach (var (field, descending) in order)
        {
            if (field == CustomerField.Id)
            {
                numberDescending = descending;
                break;
            }

            var (column, nullable, numeric) = Column(field);
            if (IndexedOrderings.Contains(field))
            {
                // The same values, from generated columns that an index holds (0009_customer_order_indexes.sql).
                keys.Add(($"{column}_missing", descending, true));
                keys.Add(($"{column}_key", descending, false));
            }
            else if (nullable)
            {
                keys.Add(($"({column} IS NULL)", descending, true));
                keys.Add(($"coalesce({column}, {(numeric ? "0" : "''")})", descending, false));
            }
            else
            {
                keys.Add((column, descending, false));
            }
        }

        keys.Add(("number", numberDescending, false));
        return keys;
    }

    /// <summary>The page's SELECT: the golden columns, then the ordering keys (the row's position).</summary>
    public static DbCommand Select(DbConnection connection, SqlDialect dialect, CustomerQuery query)
    {
        var keys = Keys(query.Order);
        var builder = new CustomerQuerySql(dialect);
        builder._sql.Append("SELECT ").Append(GoldenCustomers.Columns);
        foreach (var (expression, _, _) in keys) builder._sql.Append(", ").Append(expression);
        builder._sql.Append(" FROM customers WHERE TRUE");
        if (query.Filter is not null)
        {
            builder._sql.Append(" AND ");
            builder.Filter(query.Filter);
        }

        if (query.From is not null) builder.Beyond(keys, query.From, query.Backward);
        if (query.Until is not null) builder.Beyond(keys, query.Until, !query.Backward);
        builder._sql.Append(" ORDER BY ");
        builder._sql.AppendJoin(", ", keys.Select(k => k.Expression + (k.Descending != query.Backward ? " DESC" : "")));
        builder._sql.Append(" LIMIT ").Append(query.Limit.ToString(CultureInfo.InvariantCulture)).Append(';');
        return builder.Command(connection);
    }

    /// <summary>How many customers the filter selects.</summary>
    public static DbCommand Count(DbConnection connection, SqlDialect dialect, CustomerFilter? filter)
    {
        var builder = new CustomerQuerySql(dialect);
        builder._sql.Append("SELECT count(*) FROM customers");
        if (filter is not null)
        {
            builder._sql.Append(" WHERE ");
            builder.Filter(filter);
        }

        builder._sql.Append(';');
        return builder.Command(connection);
    }

    /// <summary>A statement of the caller's making with the filter's condition between its two parts ("TRUE" for no filter).</summary>
    public static DbCommand Around(DbConnection connection, SqlDialect dialect, string before, CustomerFilter? filter, string after)
    {
        var builder = new CustomerQuerySql(dialect);
        builder._sql.Append(before);
        if (filter is null) builder._sql.Append("TRUE");
        else builder.Filter(filter);
        builder._sql.Append(after);
        return builder.Command(connection);
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _sql.ToString();
        for (var i = 0; i < _parameters.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = _parameters[i];
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private string Parameter(object value)
    {
        _parameters.Add(value);
        return $"@p{_parameters.Count - 1}";
    }

    // Rows strictly beyond the position in reading order. When every key runs one way this is one row-value comparison,
    // (k0, k1, ...) > (v0, v1, ...), which SQLite uses to seek an index on those columns; keys never hold NULL, so it
    // means exactly what the general form means: (k0 > v0) OR (k0 = v0 AND k1 > v1) OR ..., each key's comparison turned
    // by its direction and by the reading direction.
    private void Beyond(List<(string Expression, bool Descending, bool Flag)> keys, CustomerPosition position, bool backward)
    {
        if (position.Values.Count != keys.Count)
            throw new ArgumentException($"The position has {position.Values.Count} values; this ordering has {keys.Count} keys.", nameof(position));
        // A flag travels as 0/1 and binds as a boolean: PostgreSQL compares it with a boolean column, SQLite stores it as 0/1.
        var values = position.Values
            .Select((value, i) => Parameter(keys[i].Flag ? Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0 : value))
            .ToList();
        if (keys.All(k => k.Descending == keys[0].Descending))
        {
            _sql.Append(" AND (").AppendJoin(", ", keys.Select(k => k.Expression)).Append(keys[0].Descending != backward ? ") < (" : ") > (")
                .AppendJoin(", ", values).Append(')');
            return;
        }

        _sql.Append(" AND (");
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0) _sql.Append(" OR ");
            _sql.Append('(');
            for (var j = 0; j < i; j++) _sql.Append(keys[j].Expression).Append(" = ").Append(values[j]).Append(" AND ");
            _sql.Append(keys[i].Expression).Append(keys[i].Descending != backward ? " < " : " > ").Append(values[i]).Append(')');
        }

        _sql.Append(')');
    }

    private void Filter(CustomerFilter filter)
    {
        switch (filter)
        {
            case AllOf all:
                Combine(all.Filters, " AND ", "TRUE");
                break;
            case AnyOf any:
                Combine(any.Filters, " OR ", "FALSE");
                break;
            case NotOf not:
                // A condition on a missing value is unknown, not false: "not in Berlin" includes customers without a city.
                _sql.Append("NOT coalesce((");
                Filter(not.Filter);
                _sql.Append("), FALSE)");
                break;
            case FieldCondition condition when condition.Field == CustomerField.Source:
                _sql.Append("EXISTS (SELECT 1 FROM customer_records r WHERE r.customer_number = customers.number AND NOT r.is_deleted AND ");
                Condition("r.source", condition);
                _sql.Append(')');
                break;
            case FieldCondition condition when MiningPromotions.IsMiningField(condition.Field):
                MiningCondition(condition);
                break;
            case FieldCondition condition:
                Condition(Column(condition.Field).Column, condition);
                break;
            default:
                throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter));
        }
    }

    // Current mining scores are the promoted columns of the owning miner's current run (MiningCustomerFieldsSql); a
    // condition selects through the run's index on that column. A customer the run did not score has no value, as a
    // NULL column would say.
    private void MiningCondition(FieldCondition condition)
    {
        var (column, run) = MiningCustomerFieldsSql.Of(condition.Field);
        if (condition.Operator == FilterOperator.IsNull)
        {
            _sql.Append((bool)condition.Values[0] ? "customers.number NOT IN" : "customers.number IN")
                .Append(" (SELECT customer_number FROM mining_scores WHERE run_id = ").Append(run).Append(" AND ").Append(column).Append(" IS NOT NULL)");
            return;
        }

        _sql.Append("customers.number IN (SELECT customer_number FROM mining_scores WHERE run_id = ").Append(run).Append(" AND ");
        Condition(column, condition);
        _sql.Append(')');
    }

    private void Combine(IReadOnlyList<CustomerFilter> filters, string separator, string empty)
    {
        if (filters.Count == 0)
        {
            _sql.Append(empty);
            return;
        }

        _sql.Append('(');
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0) _sql.Append(separator);
            Filter(filters[i]);
        }

        _sql.Append(')');
    }

    private void Condition(string column, FieldCondition condition)
    {
        var values = condition.Values;
        switch (condition.Operator)
        {
            case FilterOperator.IsNull:
                _sql.Append(column).Append((bool)values[0] ? " IS NULL" : " IS NOT NULL");
                return;
            case FilterOperator.In when values.Count == 0:
                _sql.Append("FALSE");
                return;
            case FilterOperator.In:
                _sql.Append(column).Append(" IN (").AppendJoin(", ", values.Select(v => Parameter(Stored(v)))).Append(')');
                return;
            case FilterOperator.Contains or FilterOperator.StartsWith:
                var pattern = Escaped((string)values[0]) + "%";
                if (condition.Operator == FilterOperator.Contains) pattern = "%" + pattern;
                _sql.Append(column).Append(' ').Append(_dialect.Like).Append(' ').Append(Parameter(pattern)).Append(@" ESCAPE '\'");
                return;
        }

        var op = condition.Operator switch
        {
            FilterOperator.Eq => " = ",
            FilterOperator.Gt => " > ",
            FilterOperator.Gte => " >= ",
            FilterOperator.Lt => " < ",
            FilterOperator.Lte => " <= ",
            _ => throw new ArgumentException($"Unknown operator {condition.Operator}.", nameof(condition)),
        };
        _sql.Append(column).Append(op).Append(Parameter(Stored(values[0])));
    }

    // As the customers table stores them: dates as yyyy-MM-dd text, times as UTC "O" text, kinds by name.
    private static object Stored(object value) => value switch
    {
        DateOnly date => IsoText.Date(date)!,
        DateTimeOffset time => IsoText.Timestamp(time),
        CustomerKind kind => IsoText.Kind(kind),
        _ => value,
    };

    private static string Escaped(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static string MiningValue(CustomerField field)
    {
        var (column, run) = MiningCustomerFieldsSql.Of(field);
        return $"(SELECT m.{column} FROM mining_scores m WHERE m.run_id = {run} AND m.customer_number = customers.number)";
    }

    private static (string Column, bool Nullable, bool Numeric) Column(CustomerField field) => field switch
    {
        CustomerField.Id => ("number", false, true),
        CustomerField.DisplayName => ("display_name", true, false),
        CustomerField.GivenName => ("given_name", true, false),
        CustomerField.FamilyName => ("family_name", true, false),
        CustomerField.Email => ("email", true, false),
        CustomerField.Phone => ("phone", true, false),
        CustomerField.Street => ("street", true, false),
        CustomerField.City => ("city", true, false),
        CustomerField.Postcode => ("postcode", true, false),
        CustomerField.Country => ("country", true, false),
        CustomerField.BirthDate => ("birth_date", true, false),
        CustomerField.Company => ("company", true, false),
        CustomerField.Kind => ("kind", false, false),
        CustomerField.RecordCount => ("record_count", false, true),
        CustomerField.FirstOrderAt => ("first_order_at", true, false),
        CustomerField.LastOrderAt => ("last_order_at", true, false),
        CustomerField.OrderCount => ("order_count", false, true),
        CustomerField.FirstInteractionAt => ("first_interaction_at", true, false),
        CustomerField.LastInteractionAt => ("last_interaction_at", true, false),
        CustomerField.InteractionCount => ("interaction_count", false, true),
        // Ordering reads a mining field per customer by primary key; the result is sorted, not read from an index.
        CustomerField.RfmSegment or CustomerField.Tier => (MiningValue(field), true, false),
        CustomerField.KeyAccountScore or CustomerField.ClvValue or CustomerField.ProbabilityAlive or CustomerField.Csat or CustomerField.Nps =>
            (MiningValue(field), true, true),
        _ => throw new ArgumentException($"{field} is not a column of customers.", nameof(field)),
    };
}
