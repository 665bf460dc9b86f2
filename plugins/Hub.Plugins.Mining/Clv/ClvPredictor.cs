using Hub.Contracts;
using static Hub.Plugins.Mining.Clv.ClvFormulas;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// Fits BG/NBD and Gamma-Gamma to a population's histories and predicts each customer's purchases and value. The
/// horizon terms that depend only on (x, T) are computed once per distinct pair: the hypergeometric series is by far the
/// most expensive step, and a million customers share a few thousand such pairs.
/// </summary>
public sealed class ClvPredictor
{
    /// <summary>The horizon of <see cref="ClvPrediction.ExpectedPurchases52Weeks"/>.</summary>
    public const double PurchaseHorizonWeeks = 52;

    /// <summary>The horizon of <see cref="ClvPrediction.Value12Months"/>.</summary>
    public const int ValueHorizonMonths = 12;

    /// <summary>The setting of the monthly discount rate, shared by every miner that predicts value.</summary>
    public const string MonthlyDiscountRateSetting = "clv.monthly_discount_rate";

    /// <summary>About 12.7% a year: a common cost of capital for customer-value work.</summary>
    public const double DefaultMonthlyDiscountRate = 0.01;

    private readonly Dictionary<(int Frequency, int AgeDays), (double Purchases, double DiscountedPurchases)> _horizonTerms = [];

    private ClvPredictor(FittedModel<BgNbdParameters> purchases, FittedModel<GammaGammaParameters>? spend, double monthlyDiscountRate)
    {
        Purchases = purchases;
        Spend = spend;
        MonthlyDiscountRate = monthlyDiscountRate;
    }

    /// <summary>The fitted BG/NBD model.</summary>
    public FittedModel<BgNbdParameters> Purchases { get; }

    /// <summary>
    /// The fitted Gamma-Gamma model; null when no customer has a repeat purchase, or when the fit has q ≤ 1 and so no
    /// finite population mean. Each customer's own mean purchase value stands in for its prediction then.
    /// </summary>
    public FittedModel<GammaGammaParameters>? Spend { get; }

    /// <summary>The rate each month's value is discounted by.</summary>
    public double MonthlyDiscountRate { get; }

    /// <summary>Reads the discount rate from <paramref name="settings"/> and fits both models to <paramref name="histories"/>.</summary>
    /// <exception cref="InvalidSettingException">when the discount rate is not in [0, 1).</exception>
    public static ClvPredictor Fit(IReadOnlyCollection<CustomerHistory> histories, ISettings settings)
    {
        var rate = settings.GetDouble(MonthlyDiscountRateSetting, DefaultMonthlyDiscountRate, 0, 0.99);
        return Fit(histories, rate);
    }

    /// <summary>Fits both models to <paramref name="histories"/>, which must not be empty.</summary>
    public static ClvPredictor Fit(IReadOnlyCollection<CustomerHistory> histories, double monthlyDiscountRate)
    {
        var purchases = BgNbdModel.Fit(histories);
        var spend = histories.Any(GammaGammaModel.Informs) ? GammaGammaModel.Fit(histories) : null;
        return new ClvPredictor(purchases, spend is { Parameters.Q: > 1 } ? spend : null, monthlyDiscountRate);
    }

    /// <summary>The run parameters the API needs to evaluate other horizons, named as the API reads them.</summary>
    public IReadOnlyDictionary<string, double> RunParameters()
    {
        var (r, alpha, a, b) = Purchases.Parameters;
        var parameters = new Dictionary<string, double>
        {
            ["bgnbd.r"] = r,
            ["bgnbd.alpha"] = alpha,
            ["bgnbd.a"] = a,
            ["bgnbd.b"] = b,
            ["bgnbd.log_likelihood"] = Purchases.LogLikelihood,
            ["bgnbd.customers"] = Purchases.Customers,
            [MonthlyDiscountRateSetting] = MonthlyDiscountRate,
        };
        if (Spend is { } spend)
        {
            parameters["gammagamma.p"] = spend.Parameters.P;
            parameters["gammagamma.q"] = spend.Parameters.Q;
            parameters["gammagamma.v"] = spend.Parameters.V;
            parameters["gammagamma.log_likelihood"] = spend.LogLikelihood;
            parameters["gammagamma.customers"] = spend.Customers;
        }

        return parameters;
    }

    /// <summary>The predictions for one customer of the population (or any other history).</summary>
    public ClvPrediction Predict(CustomerHistory history)
    {
        var model = Purchases.Parameters;
        var x = history.Frequency;
        var age = history.AgeWeeks;
        var key = (x, history.AgeDays);
        if (!_horizonTerms.TryGetValue(key, out var terms))
        {
            terms = (ExpectedPurchasesIfAlive(model, x, age, PurchaseHorizonWeeks),
                DiscountedPurchasesIfAlive(model, x, age, ValueHorizonMonths, MonthlyDiscountRate));
            _horizonTerms[key] = terms;
        }

        var probabilityAlive = ProbabilityAlive(model, x, history.RecencyWeeks, age);
        var orderValue = Spend is { } spend
            ? ExpectedAverageOrderValue(spend.Parameters, x, history.AverageRepeatValue)
            : history.Revenue / (x + 1);
        var valueIfAlive = terms.DiscountedPurchases * orderValue;
        return new ClvPrediction(probabilityAlive, probabilityAlive * terms.Purchases, orderValue, probabilityAlive * valueIfAlive, valueIfAlive);
    }
}
