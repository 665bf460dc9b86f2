using Hub.Plugins.Mining.Demand;

namespace Hub.Plugins.Mining.Tests.Demand;

public sealed class HoltWintersTests
{
    private const int Season = 52;

    /// <summary>Weekly demand rising 0.5 a week with a yearly wave of ±40 and noise of σ 5, as a growing shop sees it.</summary>
    private static double[] TrendAndSeason(int weeks, int seed = 7)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, weeks).Select(t => 200 + 0.5 * t + Wave(t) + Noise(random, 5))];
    }

    private static double Wave(int t) => 40 * Math.Sin(2 * Math.PI * t / Season);

    private static double Noise(Random random, double sigma) =>
        sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void ThreeYearsWithTrendAndSeason_BacktestMaseBelowOne()
    {
        var forecaster = new DemandForecaster(new ForecastOptions());

        var mase = Backtest.Mase(forecaster, TrendAndSeason(156), heldOut: 13);

        Assert.True(mase < 1, $"MASE {mase:F3}");
    }

    [Fact]
    public void ThreeYearsWithTrendAndSeason_ForecastFollowsTheSeason()
    {
        var weeks = TrendAndSeason(156);
        var model = new DemandForecaster(new ForecastOptions()).Fit(weeks);

        var forecast = model.Forecast(52);

        Assert.Equal(SmoothingModel.HoltWintersAdditive, model.Model);
        // Compared with the wave the series was built from: the forecast's ups and downs are the season's.
        var expected = Enumerable.Range(156, 52).Select(t => 200 + 0.5 * t + Wave(t)).ToArray();
        Assert.All(forecast.Zip(expected), pair => Assert.InRange(pair.First.Value, pair.Second - 20, pair.Second + 20));
        Assert.True(forecast[12].Value > forecast[38].Value + 50, "the peak quarter is forecast above the trough");
    }

    [Fact]
    public void ShortSeries_FallsBackToNonSeasonalModels()
    {
        var forecaster = new DemandForecaster(new ForecastOptions());

        Assert.Equal(SmoothingModel.DampedHolt, forecaster.Fit(TrendAndSeason(60)).Model);
        Assert.Equal(SmoothingModel.Simple, forecaster.Fit(TrendAndSeason(6)).Model);
    }

    [Fact]
    public void PredictionIntervals_ContainTheForecast_AndNeverNarrowWithTheHorizon()
    {
        var forecast = new DemandForecaster(new ForecastOptions()).Fit(TrendAndSeason(156)).Forecast(60);

        Assert.All(forecast, p => Assert.True(p.Lower <= p.Value && p.Value <= p.Upper));
        var widths = forecast.Select(p => p.Upper - p.Lower).ToArray();
        Assert.All(widths.Zip(widths.Skip(1)), pair => Assert.True(pair.Second >= pair.First - 1e-9));
        // A year on, the seasonal term's own errors have added up as well.
        Assert.True(widths[59] > widths[0]);
    }

    [Fact]
    public void VarianceFactor_MatchesTheHoltWintersClosedForm()
    {
        // h = 5, m = 4: k = 1; 1 + 4(α² + 5αβ + β²·5·9/6) + γ(2α + γ + 2βm).
        var p = new SmoothingParameters(0.3, 0.1, 0.2);
        var closed = 1 + 4 * (0.09 + 5 * 0.03 + 0.01 * 45 / 6) + 0.2 * (0.6 + 0.2 + 0.1 * 4 * 2);

        Assert.Equal(closed, HoltWinters.VarianceFactor(5, p, seasonLength: 4), precision: 12);
    }

    [Fact]
    public void SimpleSmoothing_VarianceGrowsByAlphaSquaredPerStep() =>
        Assert.Equal(1 + 2 * 0.25, HoltWinters.VarianceFactor(3, new SmoothingParameters(0.5, 0, 0), seasonLength: 0), precision: 12);
}
