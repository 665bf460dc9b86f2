using GraphQL.Types;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

internal sealed class DemandForecastType : ObjectGraphType<DemandForecast>
{
    public DemandForecastType()
    {
        Name = "DemandForecast";
        Description = "Weekly demand (units ordered) of a SKU or of all SKUs: the observed weeks and the forecast with its prediction interval.";
        Field(f => f.Sku, nullable: true).Description("The SKU; null for the total over every SKU.");
        Field<NonNullGraphType<MiningRunType>, MiningRun>("run").Resolve(c => c.Source.Run).Description("The demand run it comes from (as-of day, parameters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DemandWeekType>>>, IReadOnlyList<MiningSeriesPoint>>("history")
            .Resolve(c => c.Source.History).Description("Observed weeks, oldest first.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DemandWeekType>>>, IReadOnlyList<MiningSeriesPoint>>("forecast")
            .Resolve(c => c.Source.Forecast).Description("Forecast weeks after the as-of day, as many as asked for, with lower and upper bounds.");
        Field(f => f.Mase, nullable: true)
            .Description("The backtest's mean absolute scaled error (below 1: better than repeating last week); from the run's demand.mase parameters.");
    }
}

internal sealed class DemandWeekType : ObjectGraphType<MiningSeriesPoint>
{
    public DemandWeekType()
    {
        Name = "DemandWeek";
        Description = "One week of demand.";
        Field<NonNullGraphType<DateGraphType>, DateTime>("week").Resolve(c => c.Source.Period.ToDateTime(TimeOnly.MinValue)).Description("The Monday the week starts on.");
        Field(p => p.Value).Description("Units: observed, or the point forecast.");
        Field(p => p.Lower, nullable: true).Description("The prediction interval's lower bound (forecast weeks).");
        Field(p => p.Upper, nullable: true).Description("The prediction interval's upper bound (forecast weeks).");
    }
}
