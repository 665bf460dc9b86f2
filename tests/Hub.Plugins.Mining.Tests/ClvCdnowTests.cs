using Hub.Plugins.Mining.Clv;

namespace Hub.Plugins.Mining.Tests;

/// <summary>The published CDNOW results are the oracle for the day and week conventions and for both likelihoods.</summary>
public sealed class ClvCdnowTests
{
    // The summary file has two decimals; anything within half a unit of the last one rounds to it.
    private const double HalfOfLastDecimal = 0.005 + 1e-9;

    [Fact]
    public void HistoriesReproduceThePublishedCdnowSummary()
    {
        var orders = Cdnow.OrdersBySampleId();
        var summary = Cdnow.PublishedSummary();

        Assert.Equal(2357, summary.Count);
        foreach (var row in summary)
        {
            var history = CustomerHistory.FromOrders(orders[row.Id], Cdnow.CalibrationEnd)!.Value;
            Assert.True(row.X == history.Frequency, $"customer {row.Id}: x {history.Frequency}, published {row.X}");
            Assert.True(Math.Abs(history.RecencyWeeks - row.RecencyWeeks) <= HalfOfLastDecimal, $"customer {row.Id}: t_x {history.RecencyWeeks}, published {row.RecencyWeeks}");
            Assert.True(Math.Abs(history.AgeWeeks - row.AgeWeeks) <= HalfOfLastDecimal, $"customer {row.Id}: T {history.AgeWeeks}, published {row.AgeWeeks}");
            Assert.True(Math.Abs(history.AverageRepeatValue - row.AverageRepeatValue) <= HalfOfLastDecimal, $"customer {row.Id}: zbar {history.AverageRepeatValue}, published {row.AverageRepeatValue}");
        }
    }

    [Fact]
    public void BgNbdFitReproducesThePublishedCdnowParameters()
    {
        var fit = BgNbdModel.Fit(CalibrationHistories());
        TestContext.Current.TestOutputHelper?.WriteLine($"BG/NBD on CDNOW: {fit}");

        Assert.Equal(2357, fit.Customers);
        AssertWithinOnePercent(0.243, fit.Parameters.R, "r");
        AssertWithinOnePercent(4.414, fit.Parameters.Alpha, "alpha");
        AssertWithinOnePercent(0.793, fit.Parameters.A, "a");
        AssertWithinOnePercent(2.426, fit.Parameters.B, "b");
        // The paper reports the maximised log-likelihood too.
        Assert.Equal(-9582.4, fit.LogLikelihood, 0.1);
    }

    [Fact]
    public void GammaGammaFitReproducesThePublishedCdnowParameters()
    {
        var fit = GammaGammaModel.Fit(CalibrationHistories());
        TestContext.Current.TestOutputHelper?.WriteLine($"Gamma-Gamma on CDNOW: {fit}");

        Assert.Equal(946, fit.Customers);
        AssertWithinOnePercent(6.25, fit.Parameters.P, "p");
        AssertWithinOnePercent(3.74, fit.Parameters.Q, "q");
        AssertWithinOnePercent(15.45, fit.Parameters.V, "v");
    }

    internal static List<CustomerHistory> CalibrationHistories() =>
        [.. Cdnow.OrdersBySampleId().Values.Select(orders => CustomerHistory.FromOrders(orders, Cdnow.CalibrationEnd)!.Value)];

    private static void AssertWithinOnePercent(double published, double fitted, string name) =>
        Assert.True(Math.Abs(fitted - published) <= 0.01 * published, $"{name}: fitted {fitted}, published {published}");
}
