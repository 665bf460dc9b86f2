using GraphQL;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

/// <summary>
/// Reads the customers connection's <c>filter</c> and <c>orderBy</c> arguments (as GraphQL.NET hands over input objects:
/// dictionaries) into the store's query terms, refusing personal fields to keys without the pii scope (<see cref="PersonalData"/>).
/// </summary>
internal static class CustomerArguments
{
    private static readonly Dictionary<string, CustomerField> FilterFields =
        CustomerFilterType.Filterable.ToDictionary(f => f.Name, f => f.Field, StringComparer.Ordinal);

    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq, ["in"] = FilterOperator.In, ["contains"] = FilterOperator.Contains, ["startsWith"] = FilterOperator.StartsWith,
        ["gt"] = FilterOperator.Gt, ["gte"] = FilterOperator.Gte, ["lt"] = FilterOperator.Lt, ["lte"] = FilterOperator.Lte, ["isNull"] = FilterOperator.IsNull,
    };

    public static CustomerFilter? Filter(IDictionary<string, object?>? input, IResolveFieldContext context) =>
        input is null ? null : Filter(input, context, "filter");

    public static IReadOnlyList<CustomerOrder> Order(IEnumerable<object?>? input, IResolveFieldContext context)
    {
        var order = new List<CustomerOrder>();
        foreach (var item in input ?? [])
        {
            if (item is not IDictionary<string, object?> key || key["field"] is not CustomerField field) continue;
            // Ordering by a value reveals it as surely as filtering on it does.
            PersonalData.EnsureMayFilterOn(context, FilterName(field));
            order.Add(new CustomerOrder(field, key.TryGetValue("direction", out var direction) && direction is true));
        }

        return order;
    }

    private static CustomerFilter Filter(IDictionary<string, object?> input, IResolveFieldContext context, string path)
    {
        var all = new List<CustomerFilter>();
        foreach (var (name, value) in input)
        {
            if (value is null) continue;
            switch (name)
            {
                case "and":
                    all.Add(new AllOf(Nested(value, context, path + ".and")));
                    break;
                case "or":
                    all.Add(new AnyOf(Nested(value, context, path + ".or")));
                    break;
                case "not":
                    all.Add(new NotOf(Filter((IDictionary<string, object?>)value, context, path + ".not")));
                    break;
                default:
                    PersonalData.EnsureMayFilterOn(context, name);
                    all.AddRange(Conditions(FilterFields[name], (IDictionary<string, object?>)value));
                    break;
            }
        }

        return all.Count == 1 ? all[0] : new AllOf(all);
    }

    private static List<CustomerFilter> Nested(object value, IResolveFieldContext context, string path) =>
        ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>().Select((f, i) => Filter(f, context, $"{path}[{i}]")).ToList();

    private static IEnumerable<CustomerFilter> Conditions(CustomerField field, IDictionary<string, object?> operators)
    {
        foreach (var (name, value) in operators)
        {
            if (value is null) continue;
            var op = Operators[name];
            IReadOnlyList<object> values = op == FilterOperator.In ? ((IEnumerable<object?>)value).Select(Value).ToList() : [Value(value)];
            yield return new FieldCondition(field, op, values);
        }
    }

    // Whole numbers arrive as int and dates as DateTime; the store compares longs and dates.
    private static object Value(object? value) => value switch
    {
        int number => (long)number,
        DateTime date => DateOnly.FromDateTime(date),
        null => throw new ArgumentNullException(nameof(value)),
        _ => value,
    };

    private static string FilterName(CustomerField field) => CustomerFilterType.Filterable.First(f => f.Field == field).Name;
}
