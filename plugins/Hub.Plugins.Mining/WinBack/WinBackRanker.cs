using Hub.Plugins.Mining.KeyAccounts;

namespace Hub.Plugins.Mining.WinBack;

/// <summary>
/// Lists the valuable customers who are likely lapsing, largest value at risk first. Valuable: Platinum or Gold tier,
/// or in the top fifth of customers by revenue or by predicted 12-month value. Value at risk: the discounted 12-month
/// value the customer would bring if still buying, times the probability they are not, i.e. the value the models
/// expect to lose, which is what a win-back campaign can recover.
/// </summary>
public static class WinBackRanker
{
    /// <summary>The percentile rank from which a customer is in the top fifth.</summary>
    public const double TopQuintile = 0.8;

    /// <summary>The candidates among <paramref name="customers"/>, ranked.</summary>
    public static IReadOnlyList<WinBackCandidate> Rank(IReadOnlyList<WinBackInput> customers, LapseSignals signals)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(signals);
        var revenueRanks = PercentileRank.Of([.. customers.Select(customer => customer.Revenue)]);
        var valueRanks = PercentileRank.Of([.. customers.Select(customer => customer.Value12Months)]);

        var listed = new List<(WinBackInput Customer, double ValueAtRisk, string Reason)>();
        for (var i = 0; i < customers.Count; i++)
        {
            var customer = customers[i];
            var valuable = WhyValuable(customer.Tier, revenueRanks[i], valueRanks[i]);
            if (valuable is null) continue;
            var lapsing = signals.Assess(customer.ProbabilityAlive, customer.RfmSegment);
            if (lapsing.Count == 0) continue;
            var valueAtRisk = customer.Value12MonthsIfAlive * (1 - customer.ProbabilityAlive);
            listed.Add((customer, valueAtRisk, string.Join(", ", [valuable, .. lapsing])));
        }

        return
        [
            .. listed
                .OrderByDescending(entry => entry.ValueAtRisk)
                .ThenBy(entry => entry.Customer.CustomerId, StringComparer.Ordinal)
                .Select((entry, index) => new WinBackCandidate(entry.Customer.CustomerId, entry.ValueAtRisk, index + 1, entry.Reason)),
        ];
    }

    private static string? WhyValuable(Tier tier, double revenueRank, double valueRank) =>
        tier is Tier.Platinum or Tier.Gold ? $"{tier} tier"
        : revenueRank >= TopQuintile ? "top 20% by revenue"
        : valueRank >= TopQuintile ? "top 20% by predicted value"
        : null;
}
