using Hub.Testing;
using Hub.Plugins.Mining.Demand;
using Hub.Plugins.Mining.Tests.Doubles;

namespace Hub.Plugins.Mining.Tests.Demand;

/// <summary>The acceptance check on public data: the forecaster beats the naive forecast on CDNOW's weekly totals.</summary>
public sealed class CdnowBacktestTests
{
    private const int HeldOutWeeks = 13;

    [Theory]
    [InlineData("purchases")]
    [InlineData("CDs")]
    public void WeeklyTotalsOfCdnow_BacktestOverThirteenWeeks_MaseBelowOne(string measure)
    {
        var path = BenchmarkData.File(Cdnow.RelativePath);

        var (purchases, cds) = Cdnow.WeeklyTotals(path);
        var weeks = measure == "CDs" ? cds : purchases;

        var mase = Backtest.Mase(new DemandForecaster(new ForecastOptions()), weeks, HeldOutWeeks);

        TestContext.Current.TestOutputHelper?.WriteLine($"CDNOW weekly {measure}: {weeks.Length} weeks, MASE {mase:F3}");
        Assert.NotNull(mase);
        Assert.True(mase < 1, $"MASE {mase:F3} on CDNOW weekly {measure}");
    }
}
