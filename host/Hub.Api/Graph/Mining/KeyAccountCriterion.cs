using GraphQL;
using Hub.Contracts;
using Hub.Core.Mining;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph.Mining;

/// <summary>One criterion of a key-account score: its normalised value (0-1), weight, and contribution (value × weight × 100).</summary>
internal sealed record KeyAccountCriterion(string Name, double? Value, double? Weight, double? Contribution)
{
    /// <summary>The run parameter holding a criterion's weight (the bundled miner's setting name).</summary>
    public static string WeightParameter(string criterion) => $"keyaccounts.weight.{criterion}";

    /// <summary>
    /// The criteria a customer's scores hold, in the strategy's order; criteria the miner did not write are left out. A
    /// weight or contribution the customer's scores lack is worked out from the current keyaccounts run's weights: the
    /// bundled miner stores each customer's criterion values only, since the weights are the same for every customer.
    /// </summary>
    public static async Task<IReadOnlyList<KeyAccountCriterion>> OfAsync(CustomerScores scores, IResolveFieldContext context)
    {
        var weights = await context.RequestServices!.GetRequiredService<CurrentRunsLoader>()
            .ParametersAsync(MiningScores.KeyAccounts.Miner, context.CancellationToken).ConfigureAwait(false);
        return
        [
            .. MiningScores.KeyAccounts.Criteria
                .Select(name =>
                {
                    var value = scores.Value(MiningScores.KeyAccounts.CriterionValue(name));
                    var weight = scores.Value(MiningScores.KeyAccounts.CriterionWeight(name))
                        ?? (weights is not null && weights.TryGetValue(WeightParameter(name), out var runWeight) ? runWeight : null);
                    var contribution = scores.Value(MiningScores.KeyAccounts.CriterionContribution(name)) ?? value * weight * 100;
                    return new KeyAccountCriterion(name, value, weight, contribution);
                })
                .Where(c => c.Value is not null || c.Weight is not null || c.Contribution is not null),
        ];
    }
}
