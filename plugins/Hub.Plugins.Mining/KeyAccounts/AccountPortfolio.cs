using Hub.Contracts;
using Hub.Plugins.Mining.Clv;
using Microsoft.Extensions.Logging;

namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>
/// The customers worth grading, each with its facts, CLV prediction and pyramid tier: the common ground of the
/// key-account and win-back miners. Only customers with an order or an interaction are in it; a record the hub merely
/// knows of has nothing to grade.
/// </summary>
/// <param name="Accounts">The customers' facts.</param>
/// <param name="Predictions">Each customer's CLV prediction, null without an order.</param>
/// <param name="Tiers">Each customer's pyramid tier.</param>
/// <param name="Predictor">The fitted CLV models, null when no customer has an order.</param>
/// <param name="Thresholds">The pyramid thresholds used.</param>
internal sealed record AccountPortfolio(
    IReadOnlyList<AccountFacts> Accounts,
    IReadOnlyList<ClvPrediction?> Predictions,
    IReadOnlyList<Tier> Tiers,
    ClvPredictor? Predictor,
    PyramidThresholds Thresholds)
{
    /// <summary>Reads the customers once and fits the CLV models inside the miner, since a miner cannot read another's results.</summary>
    public static async Task<AccountPortfolio> ReadAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        var thresholds = PyramidThresholds.Read(context.Settings);
        var accounts = new List<AccountFacts>();
        await foreach (var customer in context.ReadCustomersAsync(cancellationToken))
        {
            var facts = AccountFacts.From(customer, context.AsOf);
            if (facts.History is not null || customer.Interactions.Any(interaction => !interaction.IsDeleted)) accounts.Add(facts);
        }

        var histories = accounts.Where(account => account.History is not null).Select(account => account.History!.Value).ToList();
        ClvPredictor? predictor = null;
        if (histories.Count > 0)
        {
            predictor = ClvPredictor.Fit(histories, context.Settings);
            context.Logger.LogInformation("Fitted the CLV models to {Customers} customers: {Purchases}", histories.Count, predictor.Purchases.Parameters);
        }

        var predictions = accounts.Select(account => account.History is { } history ? predictor!.Predict(history) : null).ToList();
        var tiers = Pyramid.Assign([.. accounts.Select(account => account.Revenue)], thresholds);
        return new AccountPortfolio(accounts, predictions, tiers, predictor, thresholds);
    }
}
