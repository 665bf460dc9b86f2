namespace Hub.Plugins.Mining.Clv;

/// <summary>What the CLV models predict for one customer.</summary>
/// <param name="ProbabilityAlive">P(alive) from BG/NBD.</param>
/// <param name="ExpectedPurchases52Weeks">Expected purchases in the next 52 weeks.</param>
/// <param name="ExpectedAverageOrderValue">Gamma-Gamma expected value of a purchase.</param>
/// <param name="Value12Months">Discounted value of the next 12 months.</param>
/// <param name="Value12MonthsIfAlive">The same value for a customer known to be alive: what is lost if they have lapsed.</param>
public sealed record ClvPrediction(
    double ProbabilityAlive,
    double ExpectedPurchases52Weeks,
    double ExpectedAverageOrderValue,
    double Value12Months,
    double Value12MonthsIfAlive);
