using Hub.Plugins.Mining.Clv;
using static Hub.Plugins.Mining.Clv.ClvFormulas;

namespace Hub.Plugins.Mining.Tests;

public sealed class ClvFormulasTests
{
    // The published CDNOW fits (Fader, Hardie & Lee 2005).
    private static readonly BgNbdParameters Cdnow = new(0.243, 4.414, 0.793, 2.426);
    private static readonly GammaGammaParameters CdnowSpend = new(6.25, 3.74, 15.44);

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    [InlineData(-0.5)]
    public void Hypergeometric2F1_OneOneTwo_IsMinusLogOfOneMinusZOverZ(double z) =>
        Assert.Equal(-Math.Log(1 - z) / z, Hypergeometric2F1(1, 1, 2, z), 1e-12);

    [Fact]
    public void Hypergeometric2F1_WithBEqualToC_IsABinomialSeries() =>
        Assert.Equal(Math.Pow(1 - 0.8, -0.7), Hypergeometric2F1(0.7, 2.3, 2.3, 0.8), 1e-12);

    [Fact]
    public void Hypergeometric2F1_WithANegativeIntegerA_IsAPolynomial()
    {
        const double b = 1.5, c = 2.5, z = 0.6;
        var expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        Assert.Equal(expected, Hypergeometric2F1(-2, b, c, z), 1e-14);
    }

    [Fact]
    public void Hypergeometric2F1_OutsideTheUnitDisc_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Hypergeometric2F1(1, 1, 2, 1.0));

    [Theory]
    [InlineData(0, 0, 38.86, 39)]
    [InlineData(2, 30.43, 38.86, 39)]
    [InlineData(15, 35, 38.86, 52)]
    [InlineData(40, 70, 78, 260)]
    public void ExpectedPurchases_EqualsThePapersUntransformedFormula(int x, double tx, double age, double weeks)
    {
        var (r, alpha, a, b) = Cdnow;
        var z = weeks / (alpha + age + weeks);
        var papersBracket = 1 - Math.Pow((alpha + age) / (alpha + age + weeks), r + x) * Hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
        var papers = (a + b + x - 1) / (a - 1) * papersBracket * ProbabilityAlive(Cdnow, x, tx, age);

        Assert.Equal(papers, ConditionalExpectedPurchases(Cdnow, x, tx, age, weeks), 1e-9 * Math.Max(1, papers));
    }

    [Fact]
    public void ExpectedPurchases_ForThePapersExampleCustomer_IsAboutOneAndAQuarter() =>
        // The paper's worked example: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks.
        Assert.Equal(1.226, ConditionalExpectedPurchases(Cdnow, 2, 30.43, 38.86, 39), 0.001);

    [Fact]
    public void ExpectedPurchases_WithAVeryLargeAAndB_StaysFinite()
    {
        // A fit to customers who all drop out alike drives a and b up together; the transformed series overflows there.
        var sameDropout = new BgNbdParameters(2.41, 12.2, 4526, 18260);

        var expected = ConditionalExpectedPurchases(sameDropout, 4, 60, 100, 52);

        Assert.True(double.IsFinite(expected) && expected > 0, $"expected purchases {expected}");
    }

    [Fact]
    public void ProbabilityAlive_WithoutARepeatPurchase_IsOne() =>
        Assert.Equal(1.0, ProbabilityAlive(Cdnow, 0, 0, 38.86));

    [Fact]
    public void ProbabilityAlive_RisesWithRecencyAndFallsWithSilence()
    {
        var earlier = ProbabilityAlive(Cdnow, 3, 10, 38.86);
        var later = ProbabilityAlive(Cdnow, 3, 30, 38.86);
        var longerSilence = ProbabilityAlive(Cdnow, 3, 30, 60);

        Assert.True(earlier < later, $"last purchase at week 10: {earlier}, at week 30: {later}");
        Assert.True(longerSilence < later, $"T 60: {longerSilence}, T 38.86: {later}");
        Assert.Equal(1.0, ProbabilityAlive(Cdnow, 3, 38.86, 38.86), 0.2);
    }

    [Fact]
    public void ProbabilityAlive_MatchesAHandComputation()
    {
        // 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) with x = 2, t_x = 30.43, T = 38.86.
        var odds = 0.793 / (2.426 + 1) * Math.Pow((4.414 + 38.86) / (4.414 + 30.43), 2.243);
        Assert.Equal(1 / (1 + odds), ProbabilityAlive(Cdnow, 2, 30.43, 38.86), 1e-12);
    }

    [Fact]
    public void ExpectedAverageOrderValue_WithoutRepeatPurchases_IsThePopulationMean()
    {
        Assert.Equal(6.25 * 15.44 / 2.74, ExpectedAverageOrderValue(CdnowSpend, 0, 0), 1e-12);
        Assert.Equal(CdnowSpend.PopulationMean, ExpectedAverageOrderValue(CdnowSpend, 0, 0));
    }

    [Fact]
    public void ExpectedAverageOrderValue_ShrinksTheOwnMeanTowardsThePopulationMean()
    {
        var ownMean = 100.0;
        var few = ExpectedAverageOrderValue(CdnowSpend, 1, ownMean);
        var many = ExpectedAverageOrderValue(CdnowSpend, 50, ownMean);

        Assert.InRange(few, CdnowSpend.PopulationMean, ownMean);
        Assert.InRange(many, few, ownMean);
    }

    [Fact]
    public void DiscountedValue_WithoutDiscount_IsExpectedPurchasesTimesOrderValue()
    {
        var weeks = 12 * WeeksPerMonth;
        var expected = ConditionalExpectedPurchases(Cdnow, 2, 30.43, 38.86, weeks) * ExpectedAverageOrderValue(CdnowSpend, 2, 22.35);

        Assert.Equal(expected, DiscountedValue(Cdnow, CdnowSpend, 2, 30.43, 38.86, 22.35, 12, 0), 1e-9);
        Assert.True(DiscountedValue(Cdnow, CdnowSpend, 2, 30.43, 38.86, 22.35, 12, 0.01) < expected);
    }
}
