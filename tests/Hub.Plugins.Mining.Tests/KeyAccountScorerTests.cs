using Hub.Plugins.Mining.KeyAccounts;

namespace Hub.Plugins.Mining.Tests;

public sealed class KeyAccountScorerTests
{
    // sales .3, loyalty .2, interaction .1, potential .2, group .1, influence .1.
    private static readonly CriterionWeights Weights = new([0.3, 0.2, 0.1, 0.2, 0.1, 0.1]);

    private static readonly AccountMeasures[] Accounts =
    [
        new("a", Revenue: 300, Profit: 300, TenureDays: 700, RepeatPurchaseRate: 0.8, RecentTouches: 10, RecentChannels: 3, PredictedValue: 50, GroupRevenue: 1000, Followers: 100, Referrals: 0),
        new("b", Revenue: 200, Profit: 200, TenureDays: 100, RepeatPurchaseRate: 0.5, RecentTouches: 0, RecentChannels: 0, PredictedValue: 80, GroupRevenue: 0, Followers: 0, Referrals: 0),
        new("c", Revenue: 100, Profit: 100, TenureDays: 400, RepeatPurchaseRate: 0, RecentTouches: 5, RecentChannels: 1, PredictedValue: 10, GroupRevenue: 0, Followers: 0, Referrals: 2),
    ];

    [Fact]
    public void ThreeCustomers_GetTheHandComputedCriteriaScoresAndRanks()
    {
        var scores = KeyAccountScorer.Score(Accounts, Weights);

        // Percentile ranks among three are 0, 0.5 or 1 (the share of the other two strictly below).
        Assert.Equal([1, 1, 1, 0.5, 1, 1], scores[0].CriterionValues);
        Assert.Equal([0.5, 0.25, 0, 1, 0, 0], scores[1].CriterionValues);
        Assert.Equal([0, 0.25, 0.5, 0, 0, 1], scores[2].CriterionValues);
        // b: sales 0.3 × 0.5, loyalty 0.2 × 0.25, potential 0.2 × 1, in points.
        Assert.Equal([15, 5, 0, 20, 0, 0], scores[1].CriterionContributions.Select(points => Math.Round(points, 9)));
        Assert.Equal(90, scores[0].Score, 1e-9);
        Assert.Equal(40, scores[1].Score, 1e-9);
        Assert.Equal(20, scores[2].Score, 1e-9);
        Assert.Equal([1, 2, 3], scores.Select(score => score.Rank));
    }

    [Fact]
    public void WeightsFromSettings_AreScaledToSumToOne()
    {
        var settings = new ListMiningContext(default, [], new Dictionary<string, string>
        {
            [CriterionWeights.Setting("sales")] = "3",
            [CriterionWeights.Setting("loyalty")] = "1",
            [CriterionWeights.Setting("interaction")] = "0",
            [CriterionWeights.Setting("potential")] = "0",
            [CriterionWeights.Setting("group")] = "0",
            [CriterionWeights.Setting("influence")] = "0",
        }).Settings;

        var weights = CriterionWeights.Read(settings);

        Assert.Equal(0.75, weights[0]);
        Assert.Equal(0.25, weights[1]);
        Assert.Equal(1.0, weights.RunParameters().Values.Sum(), 1e-12);
    }

    [Fact]
    public void DefaultWeights_SumToOne() =>
        Assert.Equal(1.0, CriterionWeights.Default.RunParameters().Values.Sum(), 1e-12);

    [Fact]
    public void PercentileRank_GivesTiesTheRankBelowThem() =>
        Assert.Equal([0, 0, 0.5, 0.5, 1], PercentileRank.Of([0, 0, 7, 7, 9]));
}
