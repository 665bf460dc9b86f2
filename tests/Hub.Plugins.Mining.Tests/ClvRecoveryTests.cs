using Hub.Plugins.Mining.Clv;
using static Hub.Plugins.Mining.Clv.ClvFormulas;

namespace Hub.Plugins.Mining.Tests;

public sealed class ClvRecoveryTests
{
    private static readonly BgNbdParameters Purchases = new(0.5, 6, 0.8, 2.5);
    private static readonly GammaGammaParameters Spend = new(6, 4, 15);

    [Fact]
    public void FittingCustomersDrawnFromTheModels_RecoversTheirParameters()
    {
        var histories = SyntheticPopulation.Draw(20_000, Purchases, Spend, days: 730, seed: 7);

        var predictor = ClvPredictor.Fit(histories, monthlyDiscountRate: 0.01);

        AssertClose(Purchases.R, predictor.Purchases.Parameters.R, 0.15, "r");
        AssertClose(Purchases.Alpha, predictor.Purchases.Parameters.Alpha, 0.15, "alpha");
        AssertClose(Purchases.A, predictor.Purchases.Parameters.A, 0.3, "a");
        AssertClose(Purchases.B, predictor.Purchases.Parameters.B, 0.3, "b");
        // p, q and v are only weakly identified one by one; the population mean they imply is what predictions rest on.
        AssertClose(Spend.PopulationMean, predictor.Spend!.Parameters.PopulationMean, 0.1, "population mean");
    }

    [Fact]
    public void CustomersAllBuyingAtTheSamePace_StillGetFiniteParametersAndPredictions()
    {
        // No heterogeneity to measure: the likelihood rises towards infinite parameters, which the fit must survive.
        var histories = Enumerable.Range(0, 50).Select(i => new CustomerHistory(3, 90, 100 + i, 20, 80)).ToList();

        var predictor = ClvPredictor.Fit(histories, monthlyDiscountRate: 0.01);
        var prediction = predictor.Predict(histories[0]);

        Assert.All(new[] { prediction.ProbabilityAlive, prediction.ExpectedPurchases52Weeks, prediction.Value12Months }, value => Assert.True(double.IsFinite(value)));
        Assert.InRange(prediction.ProbabilityAlive, 0, 1);
    }

    private static void AssertClose(double expected, double actual, double relative, string name) =>
        Assert.True(Math.Abs(actual - expected) <= relative * expected, $"{name}: fitted {actual}, drawn with {expected}");
}
