using Hub.Contracts;
using Hub.Plugins.Mining.KeyAccounts;
using Names = Hub.Contracts.MiningScores.KeyAccounts;

namespace Hub.Plugins.Mining.Tests;

public sealed class KeyAccountsMinerTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public async Task EveryCustomerWithActivity_GetsATierAScoreAndExplainedCriteria()
    {
        var customers = Enumerable.Range(1, 30)
            .Select(i => TestRecords.Customer($"c{i:00}", [.. Enumerable.Range(0, i % 4 + 1).Select(k => TestRecords.Order($"c{i:00}", AsOf.AddDays(-(k * 40 + i)), 10 * i))]))
            .Append(new CustomerActivity("caller", CustomerKind.Person, [], [TestRecords.Interaction("caller", AsOf.AddDays(-3), "call")]))
            .Append(new CustomerActivity("silent", CustomerKind.Person, [], []))
            .ToList();
        var context = new ListMiningContext(AsOf, customers);

        await new KeyAccountsMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Null(context.Score("silent", Names.Score));
        Assert.Equal("Lead", context.Score("caller", Names.Tier)!.Label);
        Assert.Equal("Platinum", context.Score("c30", Names.Tier)!.Label);
        Assert.Equal(31, context.Scores.Count(score => score.Name == Names.Rank));
        foreach (var id in new[] { "c07", "c30", "caller" })
        {
            // Each customer carries its criterion values; the weights are the run's, and contribution = 100 × weight × value.
            var contributions = Names.Criteria.Sum(criterion =>
                100 * context.Parameters[CriterionWeights.Setting(criterion)] * context.Score(id, Names.CriterionValue(criterion))!.Value!.Value);
            Assert.Equal(context.Score(id, Names.Score)!.Value!.Value, contributions, 1e-9);
        }

        Assert.Equal(0.25, context.Parameters[CriterionWeights.Setting("sales")]);
        Assert.Null(context.Score("c07", Names.CriterionWeight("sales")));
        Assert.Equal(0.5, context.Parameters["tiers.platinum"]);
        var top = context.Scores.Single(score => score.Name == Names.Rank && score.Value == 1).CustomerId;
        Assert.Equal(context.Scores.Where(score => score.Name == Names.Score).Max(score => score.Value), context.Score(top, Names.Score)!.Value);
    }
}
