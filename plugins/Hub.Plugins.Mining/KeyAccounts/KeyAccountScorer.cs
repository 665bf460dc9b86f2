namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// Scores key accounts on the strategy's six criteria. Every raw measure becomes a percentile rank among the scored
/// customers; a criterion with two measures takes their mean (sales: revenue and profit; loyalty: tenure and repeat
/// rate; interaction: touches and channels), except influence, which takes the larger of followers and referrals
/// because either route alone makes a customer influential. The score is 100 × Σ weight × value.
/// </summary>
public static class KeyAccountScorer
{
    /// <summary>The scores of <paramref name="accounts"/>, in the same order.</summary>
    public static KeyAccountScore[] Score(IReadOnlyList<AccountMeasures> accounts, CriterionWeights weights)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(weights);
        double[] Rank(Func<AccountMeasures, double> measure) => PercentileRank.Of([.. accounts.Select(measure)]);

        double[][] criteria =
        [
            Mean(Rank(account => account.Revenue), Rank(account => account.Profit)),
            Mean(Rank(account => account.TenureDays), Rank(account => account.RepeatPurchaseRate)),
            Mean(Rank(account => account.RecentTouches), Rank(account => account.RecentChannels)),
            Rank(account => account.PredictedValue),
            Rank(account => account.GroupRevenue),
            Larger(Rank(account => account.Followers), Rank(account => account.Referrals)),
        ];

        var contributions = new double[accounts.Count][];
        var scores = new double[accounts.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            contributions[i] = [.. criteria.Select((values, criterion) => 100 * weights[criterion] * values[i])];
            scores[i] = contributions[i].Sum();
        }

        // Ties are broken by customer id so that a rerun on the same data ranks the same way.
        var ranks = new int[accounts.Count];
        var order = Enumerable.Range(0, accounts.Count).OrderByDescending(i => scores[i]).ThenBy(i => accounts[i].CustomerId, StringComparer.Ordinal);
        var rank = 0;
        foreach (var i in order) ranks[i] = ++rank;

        return [.. accounts.Select((account, i) => new KeyAccountScore(account.CustomerId, [.. criteria.Select(values => values[i])], contributions[i], scores[i], ranks[i]))];
    }

    private static double[] Mean(double[] left, double[] right) => [.. left.Zip(right, (a, b) => (a + b) / 2)];

    private static double[] Larger(double[] left, double[] right) => [.. left.Zip(right, Math.Max)];
}
