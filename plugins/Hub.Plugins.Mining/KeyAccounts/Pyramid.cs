namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>Places customers in the customer pyramid by their share of cumulative revenue.</summary>
public static class Pyramid
{
    /// <summary>
    /// The tier of each revenue, in the same order. A customer's place is the share of revenue made by customers with
    /// strictly more revenue, so customers with equal revenue always share a tier, and the customer whose revenue
    /// crosses a threshold is still in the tier above it ("those who make the first 50%").
    /// </summary>
    public static Tier[] Assign(IReadOnlyList<double> revenues, PyramidThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(revenues);
        ArgumentNullException.ThrowIfNull(thresholds);
        var tiers = new Tier[revenues.Count];
        Array.Fill(tiers, Tier.Lead);
        var total = revenues.Where(revenue => revenue > 0).Sum();
        if (total <= 0) return tiers;

        var order = Enumerable.Range(0, revenues.Count).Where(i => revenues[i] > 0).OrderByDescending(i => revenues[i]).ToArray();
        var richer = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var revenue = revenues[order[start]];
            var tier = TierAt(richer / total, thresholds);
            var end = start;
            for (; end < order.Length && revenues[order[end]] == revenue; end++) tiers[order[end]] = tier;
            richer += revenue * (end - start);
            start = end;
        }

        return tiers;
    }

    private static Tier TierAt(double shareOfRicherCustomers, PyramidThresholds thresholds) =>
        shareOfRicherCustomers < thresholds.Platinum ? Tier.Platinum
        : shareOfRicherCustomers < thresholds.Gold ? Tier.Gold
        : shareOfRicherCustomers < thresholds.Iron ? Tier.Iron
        : Tier.Lead;
}
