using Hub.Contracts;
using Hub.Plugins.Mining.Demand;
using Hub.Plugins.Mining.Tests.Doubles;

namespace Hub.Plugins.Mining.Tests.Demand;

public sealed class DemandMinerTests
{
    // A Wednesday: the week under way is left out, the last actual week starts Monday 2025-06-16.
    private static readonly DateOnly AsOf = new(2025, 6, 25);

    private static List<CustomerActivity> WeeklyBuyers(int weeks)
    {
        var firstMonday = new DateTimeOffset(2025, 6, 16, 12, 0, 0, TimeSpan.Zero).AddDays(-7 * (weeks - 1));
        return
        [
            Some.Customer("tea-drinker", [.. Enumerable.Range(0, weeks).Select(w =>
                Some.Order(firstMonday.AddDays(7 * w + 1), 5, new OrderLine("tea", 2 + w % 3, 1), new OrderLine("cup", 1, 3)))]),
            Some.Customer("guest", [Some.Order(firstMonday.AddDays(2)), Some.Order(AsOf.ToDateTime(TimeOnly.MinValue).AddHours(1))]),
        ];
    }

    [Fact]
    public async Task ActualWeeksAndForecast_AreWrittenForTheTotalAndEachSku()
    {
        var context = new InMemoryMiningContext(AsOf, WeeklyBuyers(30), new Dictionary<string, string> { ["horizonWeeks"] = "8" });

        await new DemandMiner().MineAsync(context, TestContext.Current.CancellationToken);

        var total = context.Series.Where(p => p.Series == MiningScores.Demand.TotalSeries).ToList();
        Assert.Equal(30, total.Count(p => !p.Forecast));
        Assert.Equal(8, total.Count(p => p.Forecast));
        Assert.Equal(new DateOnly(2025, 6, 16), total.Where(p => !p.Forecast).Max(p => p.Period));
        Assert.Equal(new DateOnly(2025, 6, 23), total.Where(p => p.Forecast).Min(p => p.Period));
        // The guest's line-less order counts one unit in its week; its order in the unfinished week is not shown.
        Assert.Equal(2 + 1 + 1, total[0].Value);
        Assert.All(total.Where(p => p.Forecast), p => Assert.True(p.Lower <= p.Value && p.Value <= p.Upper));
        Assert.Contains(context.Series, p => p.Series == "tea" && p.Forecast);
        Assert.Contains(context.Series, p => p.Series == "cup" && p.Forecast);
        Assert.Equal(8, context.Parameters["demand.horizon_weeks"]);
        Assert.True(context.Parameters.ContainsKey("demand.mase"));
        Assert.True(context.Parameters.ContainsKey("demand.mase.tea"));
    }

    [Fact]
    public async Task MaxSkus_LimitsTheSkuSeriesToTheLargest()
    {
        var context = new InMemoryMiningContext(AsOf, WeeklyBuyers(12), new Dictionary<string, string> { ["demand.maxSkus"] = "1" });

        await new DemandMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Contains(context.Series, p => p.Series == "tea");
        Assert.DoesNotContain(context.Series, p => p.Series == "cup");
    }

    [Fact]
    public async Task NoOrders_WritesNothing()
    {
        var context = new InMemoryMiningContext(AsOf, [Some.Customer("browser")]);

        await new DemandMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Empty(context.Series);
        Assert.Empty(context.Parameters);
    }
}
