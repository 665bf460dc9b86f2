namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// The per-customer evaluations of a fitted BG/NBD and Gamma-Gamma model. This file depends on nothing but
/// <see cref="Math"/> so that the host's API, which cannot reference a plugin, can compile a link to it and evaluate
/// other horizons from the run parameters and the per-customer inputs the <c>clv</c> miner writes.
/// Time is in weeks; x is repeat purchases, tx the weeks from first to last purchase, age the weeks from the first
/// purchase to the as-of date (T in the papers).
/// </summary>
public static class ClvFormulas
{
    /// <summary>Weeks in an average calendar month, the step of <see cref="DiscountedValue"/>.</summary>
    public const double WeeksPerMonth = 365.25 / 12.0 / 7.0;

    /// <summary>BG/NBD parameters: purchase rates ~ Gamma(r, alpha), dropout probabilities ~ Beta(a, b).</summary>
    public readonly record struct BgNbdParameters(double R, double Alpha, double A, double B);

    /// <summary>Gamma-Gamma parameters: transaction values ~ Gamma(p, nu), nu ~ Gamma(q, v).</summary>
    public readonly record struct GammaGammaParameters(double P, double Q, double V)
    {
        /// <summary>The population's mean transaction value p·v/(q−1) (finite only for q &gt; 1).</summary>
        public double PopulationMean => P * V / (Q - 1);
    }

    /// <summary>P(alive | x, tx, age), Fader, Hardie &amp; Lee (2005) eq. 11; 1 for a customer with no repeat purchase.</summary>
    public static double ProbabilityAlive(BgNbdParameters model, double x, double tx, double age)
    {
        // The model lets a customer drop out only right after a repeat purchase, so without one they are certainly alive.
        if (x <= 0) return 1.0;
        var odds = model.A / (model.B + x - 1) * Math.Exp((model.R + x) * Math.Log((model.Alpha + age) / (model.Alpha + tx)));
        return 1.0 / (1.0 + odds);
    }

    /// <summary>Expected purchases in the next <paramref name="weeks"/> weeks: P(alive) × the expectation if alive (eq. 10).</summary>
    public static double ConditionalExpectedPurchases(BgNbdParameters model, double x, double tx, double age, double weeks) =>
        ProbabilityAlive(model, x, tx, age) * ExpectedPurchasesIfAlive(model, x, age, weeks);

    /// <summary>
    /// Expected purchases in the next <paramref name="weeks"/> weeks of a customer known to be alive; it depends on x and
    /// the age but not on tx, which lets a caller reuse it across customers. The paper's
    /// 1 − ((α+T)/(α+T+t))^(r+x)·2F1(r+x, b+x; a+b+x−1; z) is rewritten with Euler's transformation as
    /// 1 − (1−z)^(a−1)·2F1(a+b−1−r, a−1; a+b+x−1; z): the same value, but a series whose terms shrink even for large x
    /// and long horizons, where the original one first grows by many orders of magnitude.
    /// </summary>
    public static double ExpectedPurchasesIfAlive(BgNbdParameters model, double x, double age, double weeks)
    {
        if (weeks <= 0) return 0.0;
        var (r, alpha, a, b) = model;
        var z = weeks / (alpha + age + weeks);
        var scale = (a + b + x - 1) / (a - 1);
        var euler = SumOrNaN(a + b - 1 - r, a - 1, a + b + x - 1, z);
        var expected = scale * (1.0 - Math.Pow(1.0 - z, a - 1) * euler);
        if (double.IsFinite(expected)) return expected;
        // With a and b both very large (a dropout probability the same for everyone) the transformed series overflows
        // while the paper's own converges quickly, so that one is used instead.
        var papers = SumOrNaN(r + x, b + x, a + b + x - 1, z);
        return scale * (1.0 - Math.Pow((alpha + age) / (alpha + age + weeks), r + x) * papers);
    }

    private static double SumOrNaN(double a, double b, double c, double z)
    {
        try
        {
            return Hypergeometric2F1(a, b, c, z);
        }
        catch (ArithmeticException)
        {
            return double.NaN;
        }
    }

    /// <summary>
    /// The Gamma-Gamma expected value of the customer's next purchases (Fader, Hardie &amp; Lee 2005, "RFM and CLV", eq. 5):
    /// a weighted mean of the population mean and the customer's own mean repeat value. With no repeat purchase (or no
    /// positive repeat value) the customer's own mean says nothing, and the formula falls back to the population mean.
    /// </summary>
    public static double ExpectedAverageOrderValue(GammaGammaParameters model, double x, double averageRepeatValue) =>
        x <= 0 || averageRepeatValue <= 0
            ? model.PopulationMean
            : model.P * (model.V + x * averageRepeatValue) / (model.P * x + model.Q - 1);

    /// <summary>
    /// Expected purchases if alive, month by month over <paramref name="months"/> months (the difference of the cumulative
    /// expectation at the month's end and start), each discounted by (1 + rate)^month as if paid at the month's end.
    /// </summary>
    public static double DiscountedPurchasesIfAlive(BgNbdParameters model, double x, double age, int months, double monthlyDiscountRate)
    {
        var total = 0.0;
        var cumulativeBefore = 0.0;
        var discount = 1.0;
        for (var month = 1; month <= months; month++)
        {
            var cumulative = ExpectedPurchasesIfAlive(model, x, age, month * WeeksPerMonth);
            discount /= 1.0 + monthlyDiscountRate;
            total += (cumulative - cumulativeBefore) * discount;
            cumulativeBefore = cumulative;
        }

        return total;
    }

    /// <summary>
    /// The discounted value of the next <paramref name="months"/> months: P(alive) × discounted expected purchases if
    /// alive × expected average order value.
    /// </summary>
    public static double DiscountedValue(
        BgNbdParameters purchases, GammaGammaParameters spend, double x, double tx, double age, double averageRepeatValue, int months, double monthlyDiscountRate) =>
        ProbabilityAlive(purchases, x, tx, age)
        * DiscountedPurchasesIfAlive(purchases, x, age, months, monthlyDiscountRate)
        * ExpectedAverageOrderValue(spend, x, averageRepeatValue);

    /// <summary>
    /// The Gaussian hypergeometric function 2F1(a, b; c; z) for |z| &lt; 1 by its power series, summed until a term no
    /// longer changes the sum at double precision for a few terms running (a single small term can precede larger ones
    /// when a, b or c are negative).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">when |z| ≥ 1, where the series does not converge.</exception>
    /// <exception cref="ArithmeticException">when the series has not converged within a million terms.</exception>
    public static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        if (!(Math.Abs(z) < 1)) throw new ArgumentOutOfRangeException(nameof(z), z, "2F1 series needs |z| < 1");
        const int MaximumTerms = 1_000_000;
        const int QuietTermsToStop = 3;
        var term = 1.0;
        var sum = 1.0;
        var quietTerms = 0;
        for (var n = 0; n < MaximumTerms; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            // A zero term means a or b is a non-positive integer: the series is a polynomial and has ended.
            if (term == 0 || !double.IsFinite(sum)) return sum;
            quietTerms = Math.Abs(term) <= 1e-16 * Math.Abs(sum) ? quietTerms + 1 : 0;
            if (quietTerms >= QuietTermsToStop) return sum;
        }

        throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) did not converge within {MaximumTerms} terms");
    }
}
