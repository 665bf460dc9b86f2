using Hub.Contracts;
using Hub.Plugins.Mining.KeyAccounts;
using Hub.Plugins.Mining.WinBack;
using Names = Hub.Contracts.MiningScores.WinBack;

namespace Hub.Plugins.Mining.Tests;

public sealed class WinBackTests
{
    private static readonly LapseSignals Signals = new(LapseSignals.DefaultThreshold);

    // Revenue ranks put a and b in the top fifth; predicted-value ranks put d and c there.
    private static readonly WinBackInput[] Customers =
    [
        new("a", Tier.Platinum, Revenue: 100, Value12Months: 50, Value12MonthsIfAlive: 1000, ProbabilityAlive: 0.2),
        new("b", Tier.Gold, Revenue: 90, Value12Months: 40, Value12MonthsIfAlive: 500, ProbabilityAlive: 0.1),
        new("c", Tier.Gold, Revenue: 80, Value12Months: 300, Value12MonthsIfAlive: 400, ProbabilityAlive: 0.7),
        new("d", Tier.Iron, Revenue: 70, Value12Months: 900, Value12MonthsIfAlive: 2000, ProbabilityAlive: 0.45),
        new("e", Tier.Iron, Revenue: 60, Value12Months: 6, Value12MonthsIfAlive: 3000, ProbabilityAlive: 0.1),
        new("f", Tier.Lead, Revenue: 50, Value12Months: 5, Value12MonthsIfAlive: 50, ProbabilityAlive: 0.1),
        new("g", Tier.Lead, Revenue: 40, Value12Months: 4, Value12MonthsIfAlive: 40, ProbabilityAlive: 0.1),
        new("h", Tier.Lead, Revenue: 30, Value12Months: 3, Value12MonthsIfAlive: 30, ProbabilityAlive: 0.1),
        new("i", Tier.Lead, Revenue: 20, Value12Months: 2, Value12MonthsIfAlive: 20, ProbabilityAlive: 0.1),
        new("j", Tier.Lead, Revenue: 10, Value12Months: 1, Value12MonthsIfAlive: 10, ProbabilityAlive: 0.1),
    ];

    [Fact]
    public void ValuableLapsingCustomers_AreRankedByValueAtRisk_WithTheirReason()
    {
        var candidates = WinBackRanker.Rank(Customers, Signals);

        // d: 2000 × 0.55 = 1100; a: 1000 × 0.8 = 800; b: 500 × 0.9 = 450. c is still alive; e and below were never valuable.
        Assert.Equal(
            [
                new WinBackCandidate("d", 1100, 1, "top 20% by predicted value, probability alive 0.45"),
                new WinBackCandidate("a", 800, 2, "Platinum tier, probability alive 0.20"),
                new WinBackCandidate("b", 450, 3, "Gold tier, probability alive 0.10"),
            ],
            candidates.Select(candidate => candidate with { ValueAtRisk = Math.Round(candidate.ValueAtRisk, 9) }));
    }

    [Fact]
    public void AnRfmAtRiskSegment_ListsACustomerWhoseProbabilityAliveIsStillHigh()
    {
        WinBackInput[] customers = [.. Customers.Select(customer => customer.CustomerId == "c" ? customer with { RfmSegment = "At Risk" } : customer)];

        var candidates = WinBackRanker.Rank(customers, Signals);

        Assert.Single(candidates, candidate => candidate.CustomerId == "c" && candidate.Reason == "Gold tier, probability alive 0.70, RFM At Risk");
    }

    [Fact]
    public async Task TheMiner_ListsALapsedBigSpenderAndNotAFaithfulOne()
    {
        var asOf = new DateOnly(2026, 6, 30);
        var customers = Enumerable.Range(1, 40)
            .Select(i => TestRecords.Customer($"c{i:00}", [.. Enumerable.Range(0, 3).Select(k => TestRecords.Order($"c{i:00}", asOf.AddDays(-(k * 30 + i)), 20))]))
            .Append(TestRecords.Customer("faithful", [.. Enumerable.Range(0, 20).Select(k => TestRecords.Order("faithful", asOf.AddDays(-k * 14), 500))]))
            .Append(TestRecords.Customer("lapsed", [.. Enumerable.Range(0, 20).Select(k => TestRecords.Order("lapsed", asOf.AddDays(-400 - k * 14), 500))]))
            .ToList();
        var context = new ListMiningContext(asOf, customers, new Dictionary<string, string> { [LapseSignals.ThresholdSetting] = "0.3" });

        await new WinBackMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(1, context.Score("lapsed", Names.Rank)!.Value);
        Assert.StartsWith("Platinum tier, probability alive 0.", context.Score("lapsed", Names.Reason)!.Label, StringComparison.Ordinal);
        Assert.True(context.Score("lapsed", Names.ValueAtRisk)!.Value > 0);
        Assert.Null(context.Score("faithful", Names.Rank));
        Assert.Equal(0.3, context.Parameters[LapseSignals.ThresholdSetting]);
    }
}
