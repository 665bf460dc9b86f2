using Hub.Contracts;
using Hub.Plugins.Mining.KeyAccounts;
using Names = Hub.Contracts.MiningScores.WinBack;

namespace Hub.Plugins.Mining.WinBack;

/// <summary>
/// Miner <c>winback</c>: the valuable customers likely lapsing, ranked by value at risk, each with the reason it is
/// listed. The customer's last interactions per channel are served by the API from the customer's own data.
/// </summary>
public sealed class WinBackMiner : IMiner
{
    /// <inheritdoc />
    public string Name => Names.Miner;

    /// <inheritdoc />
    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signals = LapseSignals.Read(context.Settings);
        var portfolio = await AccountPortfolio.ReadAsync(context, cancellationToken);
        var inputs = new List<WinBackInput>();
        for (var i = 0; i < portfolio.Accounts.Count; i++)
        {
            // Without an order there is no purchase to win back.
            if (portfolio.Predictions[i] is not { } prediction) continue;
            var account = portfolio.Accounts[i];
            inputs.Add(new WinBackInput(
                account.CustomerId, portfolio.Tiers[i], account.Revenue, prediction.Value12Months, prediction.Value12MonthsIfAlive, prediction.ProbabilityAlive));
        }

        var candidates = WinBackRanker.Rank(inputs, signals);
        var writer = new ChunkedScoreWriter(context);
        foreach (var candidate in candidates)
        {
            await writer.AddAsync(new CustomerScore(candidate.CustomerId, Names.ValueAtRisk, candidate.ValueAtRisk), cancellationToken);
            await writer.AddAsync(new CustomerScore(candidate.CustomerId, Names.Rank, candidate.Rank), cancellationToken);
            await writer.AddAsync(new CustomerScore(candidate.CustomerId, Names.Reason, null, candidate.Reason), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        // The pyramid thresholds are the key-account miner's parameters; writing them here too could contradict it.
        var parameters = new Dictionary<string, double>
        {
            [LapseSignals.ThresholdSetting] = signals.ProbabilityAliveThreshold,
            ["winback.candidates"] = candidates.Count,
        };
        await context.WriteParametersAsync(parameters, cancellationToken);
    }
}
