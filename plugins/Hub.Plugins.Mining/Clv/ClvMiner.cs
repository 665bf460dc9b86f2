using Hub.Plugins.Mining.Common;
using System.Diagnostics;
using Hub.Contracts;
using Microsoft.Extensions.Logging;
using Names = Hub.Contracts.MiningScores.Clv;

namespace Hub.Plugins.Mining.Clv;

/// <summary>
/// Miner <c>clv</c>: lifetime value and churn. Fits BG/NBD and Gamma-Gamma to every customer with an order as of the run
/// date and writes, per customer, the model inputs (so the API can evaluate other horizons with the run parameters) and
/// the predictions for the standard horizons.
/// </summary>
public sealed class ClvMiner : IMiner
{
    /// <inheritdoc />
    public string Name => Names.Miner;

    /// <inheritdoc />
    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = new List<string>();
        var histories = new List<CustomerHistory>();
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken))
        {
            if (CustomerHistory.FromOrders(customer.Orders, context.AsOf) is not { } history) continue;
            ids.Add(customer.CustomerId);
            histories.Add(history);
        }

        if (histories.Count == 0)
        {
            context.Logger.LogInformation("No customer has an order as of {AsOf}; nothing to fit", context.AsOf);
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var predictor = ClvPredictor.Fit(histories, context.Settings);
        context.Logger.LogInformation(
            "Fitted BG/NBD {Purchases} and Gamma-Gamma {Spend} to {Customers} customers in {Elapsed} ms",
            predictor.Purchases.Parameters, predictor.Spend?.Parameters, histories.Count, stopwatch.ElapsedMilliseconds);
        await context.WriteParametersAsync(predictor.RunParameters(), cancellationToken);

        var writer = new ScoreBuffer(context);
        for (var i = 0; i < ids.Count; i++)
        {
            foreach (var score in Scores(ids[i], histories[i], predictor.Predict(histories[i])))
            {
                await writer.AddAsync(score, cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static IEnumerable<CustomerScore> Scores(string id, CustomerHistory history, ClvPrediction prediction) =>
    [
        new(id, Names.Frequency, history.Frequency),
        new(id, Names.RecencyWeeks, history.RecencyWeeks),
        new(id, Names.AgeWeeks, history.AgeWeeks),
        new(id, Names.AverageOrderValue, history.AverageRepeatValue),
        new(id, Names.ProbabilityAlive, prediction.ProbabilityAlive),
        new(id, Names.ExpectedPurchases52Weeks, prediction.ExpectedPurchases52Weeks),
        new(id, Names.ExpectedAverageOrderValue, prediction.ExpectedAverageOrderValue),
        new(id, Names.Value12Months, prediction.Value12Months),
    ];
}
