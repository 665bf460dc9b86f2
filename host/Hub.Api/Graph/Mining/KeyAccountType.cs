using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Api.Graph.Mining;

internal sealed class KeyAccountType : ObjectGraphType<RankedNode>
{
    public KeyAccountType()
    {
        Name = "KeyAccount";
        Description = "A strategic key account: the customer, its rank and score, and why (each criterion's contribution).";
        Field<NonNullGraphType<CustomerType>, GoldenCustomer>("customer").Resolve(c => c.Source.Item.Customer).Description("The customer.");
        Field<NonNullGraphType<IntGraphType>, long>("rank").Resolve(c => c.Source.Item.Rank).Description("1 for the top account.");
        Field<FloatGraphType, double?>("score").Resolve(c => c.Source.Item.Scores.Value(MiningScores.KeyAccounts.Score)).Description("The key-account score, 0-100.");
        Field<StringGraphType, string?>("tier").Resolve(c => c.Source.Item.Scores.Label(MiningScores.KeyAccounts.Tier)).Description("The customer-pyramid tier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyAccountCriterionType>>>, IReadOnlyList<KeyAccountCriterion>>("criteria")
            .ResolveAsync(async c => await KeyAccountCriterion.OfAsync(c.Source.Item.Scores, c))
            .Description("The explanation: each criterion's value, weight and contribution to the score.");
    }
}
