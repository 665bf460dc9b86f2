using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

/// <summary>One criterion of a key-account score: its normalised value (0-1), weight, and contribution (value × weight × 100).</summary>
internal sealed record KeyAccountCriterion(string Name, double? Value, double? Weight, double? Contribution)
{
    /// <summary>The criteria a customer's scores hold, in the strategy's order; criteria the miner did not write are left out.</summary>
    public static IReadOnlyList<KeyAccountCriterion> Of(CustomerScores scores) =>
    [
        .. MiningScores.KeyAccounts.Criteria
            .Select(name => new KeyAccountCriterion(name, scores.Value(MiningScores.KeyAccounts.CriterionValue(name)),
                scores.Value(MiningScores.KeyAccounts.CriterionWeight(name)), scores.Value(MiningScores.KeyAccounts.CriterionContribution(name))))
            .Where(c => c.Value is not null || c.Weight is not null || c.Contribution is not null),
    ];
}
