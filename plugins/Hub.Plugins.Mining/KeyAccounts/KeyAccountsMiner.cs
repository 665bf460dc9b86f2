using Hub.Plugins.Mining.Common;
using Hub.Contracts;
using Names = Hub.Contracts.MiningScores.KeyAccounts;

namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// Miner <c>keyaccounts</c>: places every customer with orders or interactions in the customer pyramid and scores it as
/// a key account on the six criteria of the strategy, writing each criterion's value per customer and the weights as run
/// parameters, so the score can be explained (contribution = 100 × weight × value).
/// </summary>
public sealed class KeyAccountsMiner : IMiner
{
    /// <inheritdoc />
    public string Name => Names.Miner;

    /// <inheritdoc />
    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var weights = CriterionWeights.Read(context.Settings);
        var portfolio = await AccountPortfolio.ReadAsync(context, cancellationToken);
        var accounts = portfolio.Accounts;
        var groupRevenue = GroupRevenue.Of(accounts);
        var measures = accounts.Select((account, i) => new AccountMeasures(
            account.CustomerId,
            account.Revenue,
            account.Profit,
            account.TenureDays,
            account.History is { } history ? history.Frequency / (history.Frequency + 1.0) : 0,
            account.RecentTouches,
            account.RecentChannels,
            portfolio.Predictions[i]?.Value12Months ?? 0,
            groupRevenue[i],
            account.Followers,
            account.Referrals)).ToList();
        var scores = KeyAccountScorer.Score(measures, weights);

        var writer = new ScoreBuffer(context);
        for (var i = 0; i < scores.Length; i++)
        {
            foreach (var score in Scores(scores[i], portfolio.Tiers[i])) await writer.AddAsync(score, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        await context.WriteParametersAsync(RunParameters(portfolio, weights), cancellationToken);
    }

    // The weights are the same for every customer, so they are written once, as run parameters; each contribution is
    // 100 × weight × value, which readers work out. Storing both per customer tripled the bytes a run writes.
    private static IEnumerable<CustomerScore> Scores(KeyAccountScore account, Tier tier)
    {
        var id = account.CustomerId;
        yield return new CustomerScore(id, Names.Tier, null, tier.ToString());
        yield return new CustomerScore(id, Names.Score, account.Score);
        yield return new CustomerScore(id, Names.Rank, account.Rank);
        for (var i = 0; i < Names.Criteria.Count; i++)
        {
            var criterion = Names.Criteria[i];
            yield return new CustomerScore(id, Names.CriterionValue(criterion), account.CriterionValues[i]);
        }
    }

    private static Dictionary<string, double> RunParameters(AccountPortfolio portfolio, CriterionWeights weights)
    {
        var parameters = new Dictionary<string, double>(weights.RunParameters());
        foreach (var (name, value) in portfolio.Thresholds.RunParameters()) parameters[name] = value;
        parameters["keyaccounts.customers"] = portfolio.Accounts.Count;
        foreach (var tier in Enum.GetValues<Tier>())
        {
            parameters[$"tiers.{tier.ToString().ToLowerInvariant()}.customers"] = portfolio.Tiers.Count(assigned => assigned == tier);
        }

        return parameters;
    }
}
