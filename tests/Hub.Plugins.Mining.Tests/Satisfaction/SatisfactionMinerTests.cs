using Hub.Plugins.Mining.Satisfaction;
using Hub.Plugins.Mining.Tests.Doubles;
using Names = Hub.Contracts.MiningScores.Satisfaction;

namespace Hub.Plugins.Mining.Tests.Satisfaction;

public sealed class SatisfactionMinerTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    [Fact]
    public async Task CustomerWithCallsAndNpsAnswers_GetsCsatNpsAndFallingTrend()
    {
        var context = new InMemoryMiningContext(AsOf, [
            Some.Customer("unhappy",
                orders: [Some.Order(Some.Noon(2025, 1, 5))],
                interactions: [Some.Call(Some.Noon(2025, 1, 10), 5), Some.Call(Some.Noon(2025, 3, 10), 4), Some.Call(Some.Noon(2025, 5, 10), 2),
                    Some.Call(Some.Noon(2025, 5, 11), null), Some.Call(Some.Noon(2025, 5, 12), 1, channel: "email")],
                events: [Some.NpsAnswer(Some.Noon(2025, 6, 1), 3), Some.NpsAnswer(Some.Noon(2025, 7, 1), 10)]),
            Some.Customer("silent", orders: [Some.Order(Some.Noon(2025, 2, 1))]),
        ]);

        await new SatisfactionMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(200.0 / 3, context.ScoreOf("unhappy", Names.Csat)!.Value!.Value, precision: 9);
        // The July answer is after the as-of date.
        Assert.Equal(-100, context.ScoreOf("unhappy", Names.Nps)!.Value);
        Assert.Equal("falling", context.ScoreOf("unhappy", Names.Trend)!.Label);
        Assert.DoesNotContain(context.Scores, s => s.CustomerId == "silent");
        Assert.Equal(1, context.Parameters["satisfaction.falling_customers"]);
    }

    [Fact]
    public async Task Answers_AreSummedPerMonth_OverallAndPerRfmSegment()
    {
        var context = new InMemoryMiningContext(AsOf, [
            Some.Customer("a", orders: [Some.Order(Some.Noon(2025, 6, 1))], interactions: [Some.Call(Some.Noon(2025, 3, 2), 5)]),
            Some.Customer("b", interactions: [Some.Call(Some.Noon(2025, 3, 20), 2), Some.Call(Some.Noon(2025, 4, 1), 4)]),
        ]);

        await new SatisfactionMiner().MineAsync(context, TestContext.Current.CancellationToken);

        var march = new DateOnly(2025, 3, 1);
        Assert.Equal(50, Assert.Single(context.Series, p => p.Series == "csat" && p.Period == march).Value);
        Assert.Equal(100, Assert.Single(context.Series, p => p.Series == "csat" && p.Period == march.AddMonths(1)).Value);
        // "a" is the only graded customer, so it is a segment of its own; "b" has no orders and no segment.
        var segment = Assert.Single(context.Series, p => p.Series.StartsWith("csat:", StringComparison.Ordinal));
        Assert.Equal(100, segment.Value);
        Assert.Equal(march, segment.Period);
    }
}
