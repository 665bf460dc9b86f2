using Hub.Contracts;
using Hub.Plugins.Mining.Common;
using Hub.Plugins.Mining.KeyAccounts;
using Hub.Plugins.Mining.Rfm;
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
        var segments = await RfmSegmentsAsync(context, cancellationToken);
        var inputs = new List<WinBackInput>();
        for (var i = 0; i < portfolio.Accounts.Count; i++)
        {
            // Without an order there is no purchase to win back.
            if (portfolio.Predictions[i] is not { } prediction) continue;
            var account = portfolio.Accounts[i];
            inputs.Add(new WinBackInput(
                account.CustomerId, portfolio.Tiers[i], account.Revenue, prediction.Value12Months, prediction.Value12MonthsIfAlive, prediction.ProbabilityAlive,
                segments.GetValueOrDefault(account.CustomerId)));
        }

        var candidates = WinBackRanker.Rank(inputs, signals);
        var writer = new ScoreBuffer(context);
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

    // The RFM segment of every customer with orders, graded as the rfm miner grades them (miners cannot read each
    // other's results), so that At Risk and Can't Lose Them customers count as lapsing too.
    private static async Task<Dictionary<string, string>> RfmSegmentsAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        var population = new RfmPopulation(new AsOfCutoff(context.AsOf));
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken)) population.Add(customer);
        var grades = population.Grade();
        var segments = new Dictionary<string, string>(population.CustomerIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < population.CustomerIds.Count; i++) segments[population.CustomerIds[i]] = grades.SegmentOf(i);
        return segments;
    }
}
