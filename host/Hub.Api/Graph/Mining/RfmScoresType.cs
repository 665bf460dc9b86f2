using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

internal sealed class RfmScoresType : ObjectGraphType<CustomerScores>
{
    public RfmScoresType()
    {
        Name = "RfmScores";
        Description = "RFM grading: recency, frequency and monetary quintile scores (5 best) and the named segment.";
        Field<IntGraphType, int?>("recency").Resolve(c => Whole(c.Source.Value(MiningScores.Rfm.Recency))).Description("1-5; 5: bought most recently.");
        Field<IntGraphType, int?>("frequency").Resolve(c => Whole(c.Source.Value(MiningScores.Rfm.Frequency))).Description("1-5; 5: most purchases.");
        Field<IntGraphType, int?>("monetary").Resolve(c => Whole(c.Source.Value(MiningScores.Rfm.Monetary))).Description("1-5; 5: most spent.");
        Field<IntGraphType, int?>("score").Resolve(c => Whole(c.Source.Value(MiningScores.Rfm.Score))).Description("The three as one number, R*100 + F*10 + M (e.g. 545).");
        Field<StringGraphType, string?>("segment").Resolve(c => c.Source.Label(MiningScores.Rfm.Segment))
            .Description("The named segment: Champions, Loyal, Potential Loyalist, New, Promising, Need Attention, About to Sleep, At Risk, Can't Lose Them, Hibernating, Lost.");
    }

    private static int? Whole(double? value) => value is { } v ? (int)Math.Round(v) : null;
}
