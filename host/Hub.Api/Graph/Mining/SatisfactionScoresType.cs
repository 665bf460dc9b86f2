using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

internal sealed class SatisfactionScoresType : ObjectGraphType<CustomerScores>
{
    public SatisfactionScoresType()
    {
        Name = "SatisfactionScores";
        Description = "Satisfaction from post-call surveys (CSAT) and 0-10 survey answers (NPS).";
        Field<FloatGraphType, double?>("csat").Resolve(c => c.Source.Value(MiningScores.Satisfaction.Csat))
            .Description("CSAT, 0-100: the share of survey answers that were satisfied (4 or 5 of 5).");
        Field<FloatGraphType, double?>("nps").Resolve(c => c.Source.Value(MiningScores.Satisfaction.Nps))
            .Description("NPS, -100-100: promoters' share minus detractors' share.");
        Field<StringGraphType, string?>("trend").Resolve(c => c.Source.Label(MiningScores.Satisfaction.Trend))
            .Description("falling, stable or rising.");
        Field<FloatGraphType, double?>("trendPer90Days").Resolve(c => c.Source.Value(MiningScores.Satisfaction.Trend))
            .Description("The trend as the change per 90 days.");
    }
}
