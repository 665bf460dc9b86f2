using Hub.Contracts;
using Hub.Plugins.Mining.Rfm;
using Hub.Plugins.Mining.Tests.Doubles;
using Names = Hub.Contracts.MiningScores.Rfm;

namespace Hub.Plugins.Mining.Tests.Rfm;

public sealed class RfmMinerTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    [Fact]
    public async Task CustomerWithoutOrders_GetsNoRfmScores()
    {
        var context = new InMemoryMiningContext(AsOf, [
            Some.Customer("buyer", [Some.Order(Some.Noon(2025, 6, 1))]),
            Some.Customer("browser"),
        ]);

        await new RfmMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(context.Scores, s => s.CustomerId == "browser");
        Assert.Equal(5, context.Scores.Count(s => s.CustomerId == "buyer"));
    }

    [Fact]
    public async Task OrdersAfterTheAsOfDate_AreIgnored()
    {
        // Counting the three July orders, "late" would be the more frequent, more recent buyer.
        var context = new InMemoryMiningContext(AsOf, [
            Some.Customer("late", [Some.Order(Some.Noon(2025, 1, 10)), Some.Order(Some.Noon(2025, 7, 1)), Some.Order(Some.Noon(2025, 7, 2)), Some.Order(Some.Noon(2025, 7, 3))]),
            Some.Customer("steady", [Some.Order(Some.Noon(2025, 5, 1)), Some.Order(Some.Noon(2025, 6, 30))]),
        ]);

        await new RfmMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(1, context.ScoreOf("late", Names.Frequency)!.Value);
        Assert.Equal(1, context.ScoreOf("late", Names.Recency)!.Value);
        Assert.Equal(3, context.ScoreOf("steady", Names.Frequency)!.Value);
        Assert.Equal(3, context.ScoreOf("steady", Names.Recency)!.Value);
        // Of two customers the second rank scores 3: bought 0 days ago is the least recency scoring above 1 and above 2.
        Assert.Equal(0, context.Parameters["rfm.recency.q1"]);
        Assert.Equal(0, context.Parameters["rfm.recency.q2"]);
        Assert.False(context.Parameters.ContainsKey("rfm.recency.q3"));
    }

    [Fact]
    public async Task BestOfFiveCustomers_IsChampionWithCode555()
    {
        var customers = Enumerable.Range(1, 5).Select(i => Some.Customer(
            $"c{i}",
            Enumerable.Range(0, i).Select(k => Some.Order(Some.Noon(2025, i, 1 + k), amount: 10 * i)).ToArray())).ToList();
        var context = new InMemoryMiningContext(AsOf, customers);

        await new RfmMiner().MineAsync(context, TestContext.Current.CancellationToken);

        var score = context.ScoreOf("c5", Names.Score)!;
        Assert.Equal(555, score.Value);
        Assert.Equal("555", score.Label);
        Assert.Equal("Champions", context.ScoreOf("c5", Names.Segment)!.Label);
        Assert.Equal("Lost", context.ScoreOf("c1", Names.Segment)!.Label);
    }

    [Fact]
    public async Task ManyCustomers_ScoresAreWrittenInChunksOfTenThousand()
    {
        var customers = Enumerable.Range(0, 2_500)
            .Select(i => Some.Customer($"c{i}", [Some.Order(Some.Noon(2025, 1 + i % 6, 1 + i % 28), amount: i)]))
            .ToList();
        var context = new InMemoryMiningContext(AsOf, customers);

        await new RfmMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal([10_000, 2_500], context.ScoreChunkSizes);
        Assert.Equal(2_500, context.Parameters["rfm.customers"]);
    }
}
