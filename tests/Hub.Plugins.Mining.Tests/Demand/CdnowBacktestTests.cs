using Hub.Plugins.Mining.Demand;
using Hub.Plugins.Mining.Tests.Doubles;

namespace Hub.Plugins.Mining.Tests.Demand;

/// <summary>The acceptance check on public data: the forecaster beats the naive forecast on CDNOW's weekly totals.</summary>
public sealed class CdnowBacktestTests
{
    private const int HeldOutWeeks = 13;

    [Fact]
    public void WeeklyPurchasesOfCdnow_BacktestOverThirteenWeeks_MaseBelowOne()
    {
        var (purchases, _) = Load();
        var mase = Backtest.Mase(new DemandForecaster(new ForecastOptions()), purchases, HeldOutWeeks);
        TestContext.Current.TestOutputHelper?.WriteLine($"CDNOW weekly purchases: {purchases.Length} weeks, MASE {mase:F3}");
        Assert.NotNull(mase);
        Assert.True(mase < 1, $"MASE {mase:F3} on CDNOW weekly purchases");
    }

    [Fact]
    public void WeeklyCdsOfCdnow_BacktestOverThirteenWeeks_MaseBelowOne()
    {
        var (_, cds) = Load();
        var mase = Backtest.Mase(new DemandForecaster(new ForecastOptions()), cds, HeldOutWeeks);
        TestContext.Current.TestOutputHelper?.WriteLine($"CDNOW weekly CDs: {cds.Length} weeks, MASE {mase:F3}");
        Assert.NotNull(mase);
        Assert.True(mase < 1, $"MASE {mase:F3} on CDNOW weekly CDs");
    }

    private static (double[] Purchases, double[] Cds) Load()
    {
        var path = SharedData.Find(Cdnow.RelativePath);
        if (path is null)
        {
            Assert.Skip($"{Cdnow.RelativePath} not found: set {SharedData.EnvironmentVariable} to the shared data folder, or place shared/data above the checkout");
        }

        return Cdnow.WeeklyTotals(path);
    }
}
