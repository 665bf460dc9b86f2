using GraphQL;
using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

/// <summary>What <c>customerStats</c> can group by.</summary>
internal sealed class StatsDimensionType : EnumerationGraphType
{
    public static readonly (string Name, StatsDimension Dimension, string Key, string Description)[] Dimensions =
    [
        ("SOURCE", StatsDimension.Source, "source", "A source the customers have records from; a customer with records from two sources is in both groups, and a group's orders are those from its source."),
        ("KIND", StatsDimension.Kind, "kind", "The kind of customer."),
        ("COUNTRY", StatsDimension.Country, "country", "The customer's country."),
        ("CITY", StatsDimension.City, "city", "The customer's city."),
        ("FIRST_ORDER_MONTH", StatsDimension.FirstOrderMonth, "firstOrderMonth", "The month of the customer's first order, yyyy-MM (UTC)."),
        ("FIRST_ORDER_WEEK", StatsDimension.FirstOrderWeek, "firstOrderWeek", "The ISO week of the customer's first order, yyyy-Www (UTC)."),
        ("LAST_ORDER_MONTH", StatsDimension.LastOrderMonth, "lastOrderMonth", "The month of the customer's last order, yyyy-MM (UTC)."),
        ("LAST_ORDER_WEEK", StatsDimension.LastOrderWeek, "lastOrderWeek", "The ISO week of the customer's last order, yyyy-Www (UTC)."),
    ];

    public StatsDimensionType()
    {
        Name = "CustomerStatsDimension";
        Description = "A dimension to group customer statistics by.";
        foreach (var (name, dimension, _, description) in Dimensions) Add(name, dimension, description);
    }
}

/// <summary>The group a row of statistics is about: the dimensions asked for, each null for customers without a value.</summary>
internal sealed class StatsGroupType : ObjectGraphType<StatsResult>
{
    public StatsGroupType()
    {
        Name = "CustomerStatsGroup";
        Description = "The group's value in each dimension asked for; dimensions not asked for, and customers without a value, are null.";
        foreach (var (_, dimension, key, description) in StatsDimensionType.Dimensions.Where(d => d.Dimension != StatsDimension.Kind))
            Field<StringGraphType, string?>(key).Resolve(c => c.Source.Key(dimension)).Description(description);
        Field<CustomerKindType, CustomerKind?>("kind")
            .Resolve(c => c.Source.Key(StatsDimension.Kind) is { } kind ? Enum.Parse<CustomerKind>(kind) : null)
            .Description("The kind of customer.");
    }
}

/// <summary>One row of customer statistics.</summary>
internal sealed class StatsRowType : ObjectGraphType<StatsResult>
{
    public StatsRowType()
    {
        Name = "CustomerStatsRow";
        Description = "Customers, orders and revenue of one group.";
        Field<NonNullGraphType<StatsGroupType>, StatsResult>("group").Resolve(c => c.Source).Description("Which group.");
        Field<NonNullGraphType<IntGraphType>, long>("customers").Resolve(c => c.Source.Row.Customers).Description("Customers in the group.");
        Field<NonNullGraphType<IntGraphType>, long>("orders").Resolve(c => c.Source.Row.Orders).Description("Their orders.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>, IReadOnlyList<(string, decimal)>>("revenue")
            .Resolve(c => c.Source.Row.Revenue).Description("The orders' amounts, summed per currency.");
    }
}

/// <summary>A row with the dimensions it was grouped by.</summary>
internal sealed record StatsResult(StatsRow Row, IReadOnlyList<StatsDimension> GroupBy)
{
    public string? Key(StatsDimension dimension)
    {
        var index = GroupBy.ToList().IndexOf(dimension);
        return index < 0 ? null : Row.Keys[index];
    }
}

/// <summary>The <c>customerStats</c> query field.</summary>
internal static class CustomerStatsField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatsRowType>>>, IEnumerable<StatsResult>>("customerStats")
            .Description("Customers, their orders and revenue per currency, grouped for BI: by source, kind, country, city and the month or week of first and last orders. One row per group, groups in key order.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StatsDimensionType>>>>("groupBy", "The dimensions to group by; an empty list gives one row for all customers selected.")
            .Argument<CustomerFilterType>("filter", "Which customers to count; all when left out.")
            .ResolveAsync(async context =>
            {
                var groupBy = context.GetArgument<List<object>>("groupBy").Cast<StatsDimension>().Distinct().ToList();
                var filter = CustomerArguments.Filter(context.GetArgument<Dictionary<string, object?>?>("filter"), context);
                var rows = await context.RequestServices!.GetRequiredService<ICustomerQueries>()
                    .StatsAsync(groupBy, filter, context.CancellationToken).ConfigureAwait(false);
                return rows.Select(row => new StatsResult(row, groupBy));
            });
}
