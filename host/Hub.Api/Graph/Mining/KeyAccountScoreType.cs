using GraphQL.Types;
using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

internal sealed class KeyAccountScoreType : ObjectGraphType<CustomerScores>
{
    public KeyAccountScoreType()
    {
        Name = "KeyAccountScore";
        Description = "How much of a strategic key account the customer is (0-100), from six weighted criteria.";
        Field<FloatGraphType, double?>("score").Resolve(c => c.Source.Value(MiningScores.KeyAccounts.Score)).Description("The score, 0-100: the sum of the criteria's contributions.");
        Field<IntGraphType, int?>("rank").Resolve(c => c.Source.Value(MiningScores.KeyAccounts.Rank) is { } rank ? (int)rank : null)
            .Description("The rank by score, 1 for the top account.");
        Field<StringGraphType, string?>("tier").Resolve(c => c.Source.Label(MiningScores.KeyAccounts.Tier)).Description("The customer-pyramid tier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyAccountCriterionType>>>, IReadOnlyList<KeyAccountCriterion>>("criteria")
            .ResolveAsync(async c => await KeyAccountCriterion.OfAsync(c.Source, c))
            .Description("The criteria in the order the strategy lists them (sales, loyalty, interaction, potential, group, influence), each with its value, weight and contribution.");
    }
}
