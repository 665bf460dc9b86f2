namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// The revenue of the biggest group each customer belongs to (company, Segment group, GitHub organisation): the sum of
/// its members' revenue. A buyer at a big company is a door to the rest of it; a customer in no group has 0.
/// </summary>
public static class GroupRevenue
{
    /// <summary>For each customer, in order, the largest total revenue among its groups.</summary>
    public static double[] Of(IReadOnlyList<AccountFacts> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var totals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in accounts)
        {
            // A customer listed twice in one group counts once.
            foreach (var group in account.Groups.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                totals[group] = totals.GetValueOrDefault(group) + account.Revenue;
            }
        }

        return [.. accounts.Select(account => account.Groups.Count == 0 ? 0 : account.Groups.Max(group => totals[group]))];
    }
}
