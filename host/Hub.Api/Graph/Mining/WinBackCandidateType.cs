using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Core.Model;

namespace Hub.Api.Graph.Mining;

internal sealed class WinBackCandidateType : ObjectGraphType<RankedNode>
{
    public WinBackCandidateType()
    {
        Name = "WinBackCandidate";
        Description = "A valuable customer who is likely lapsing: the value at risk, why, and the latest contact on each channel to pick up from.";
        Field<NonNullGraphType<CustomerType>, GoldenCustomer>("customer").Resolve(c => c.Source.Item.Customer).Description("The customer.");
        Field<NonNullGraphType<IntGraphType>, long>("rank").Resolve(c => c.Source.Item.Rank).Description("1 for the most value at risk.");
        Field<FloatGraphType, double?>("valueAtRisk").Resolve(c => c.Source.Item.Scores.Value(MiningScores.WinBack.ValueAtRisk))
            .Description("The value that would be lost if the customer lapses.");
        Field<StringGraphType, string?>("reason").Resolve(c => c.Source.Item.Scores.Label(MiningScores.WinBack.Reason))
            .Description("Why the customer is on the list, e.g. 'Gold tier, probability alive 0.18, RFM At Risk'.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LastInteractionType>>>, IReadOnlyList<LastInteraction>>("lastInteractions")
            .Resolve(c => c.Source.LastInteractions)
            .Description("The customer's latest interaction on each channel, newest first.");
    }
}
