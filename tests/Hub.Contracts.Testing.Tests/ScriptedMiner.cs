using System.Globalization;
using Hub.Contracts;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// A plugin with two miners: <c>scripted</c>, which counts each customer's orders and revenue, with one fault switched on
/// at a time, and <c>scripted-companion</c>, which keeps the contract. The kit must pass <c>scripted</c> when no fault is
/// on and fail it, with a message naming the plugin and the miner, when one is.
/// </summary>
internal sealed class ScriptedMiner(MinerFault fault) : IMiner, IHubPlugin
{
    private int _runs;

    public string Name => fault switch
    {
        MinerFault.DocumentedRangeBroken => MiningScores.Rfm.Miner,
        MinerFault.NameWithSpace => "scripted miner",
        _ => "scripted",
    };

    public void Register(IPluginRegistry registry)
    {
        registry.AddMiner(this);
        registry.AddMiner(fault == MinerFault.DuplicateName ? new ScriptedMiner(MinerFault.None) : new Companion());
    }

    public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        var threshold = context.Settings.Get("threshold");
        if (threshold is not null && !double.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw fault == MinerFault.VagueSettingErrors
                ? new FormatException("The input string was not in a correct format.")
                : new InvalidSettingException("threshold", $"setting 'threshold' must be a number, not '{threshold}'");
        }

        if (fault == MinerFault.Slow) await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);

        // A miner that ignores cancellation does so everywhere: it reads and writes as if nothing had been cancelled.
        var token = fault is MinerFault.IgnoresCancellation or MinerFault.HangsWhenCancelled ? CancellationToken.None : cancellationToken;
        var customers = await ReadAsync(context, token);
        if (cancellationToken.IsCancellationRequested && fault == MinerFault.HangsWhenCancelled) await Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);
        if (fault == MinerFault.FailsOnEmptyPopulation) _ = customers.Average(c => c.Orders.Count);
        if (fault == MinerFault.WritesNothing) return;

        var runs = ++_runs;
        var scores = new List<CustomerScore>();
        foreach (var customer in customers.Where(c => c.Orders.Count > 0))
        {
            var orders = fault == MinerFault.KeepsStateBetweenRuns ? customer.Orders.Count + runs : customer.Orders.Count;
            scores.Add(new CustomerScore(customer.CustomerId, fault == MinerFault.NameOutsideItsPrefix ? "orders" : Name + ".orders", orders));
            scores.Add(new CustomerScore(customer.CustomerId, Name + ".revenue", fault == MinerFault.NotFiniteScore ? double.NaN : (double)customer.Orders.Sum(o => o.Amount)));
        }

        if (fault == MinerFault.ScoresAnUnknownCustomer) scores.Add(new CustomerScore("cus_999999", Name + ".orders", 1));
        if (fault == MinerFault.DocumentedRangeBroken && customers.Count > 0) scores.Add(new CustomerScore(customers[0].CustomerId, MiningScores.Rfm.Recency, 6));
        await context.WriteScoresAsync(scores, token);
        await context.WriteParametersAsync(new Dictionary<string, double> { [Name + ".customers"] = customers.Count }, token);
        await context.WriteSeriesAsync(
            [new SeriesPoint("*", context.AsOf, customers.Sum(c => c.Orders.Count), Forecast: true, Lower: 0, Upper: fault == MinerFault.NotFiniteSeries ? double.PositiveInfinity : 1e6)],
            token);
    }

    private async Task<List<CustomerActivity>> ReadAsync(IMiningContext context, CancellationToken cancellationToken)
    {
        var customers = new List<CustomerActivity>();
        try
        {
            await foreach (var customer in context.ReadCustomersAsync(cancellationToken)) customers.Add(customer);
        }
        catch (OperationCanceledException e) when (fault == MinerFault.WrapsCancellation)
        {
            throw new InvalidOperationException("mining stopped", e);
        }

        return customers;
    }

    /// <summary>A miner that keeps the contract: the number of customers, as a run parameter.</summary>
    private sealed class Companion : IMiner
    {
        public string Name => "scripted-companion";

        public async Task MineAsync(IMiningContext context, CancellationToken cancellationToken)
        {
            var count = 0;
            await foreach (var _ in context.ReadCustomersAsync(cancellationToken)) count++;
            await context.WriteParametersAsync(new Dictionary<string, double> { ["scripted-companion.customers"] = count }, cancellationToken);
        }
    }
}

public enum MinerFault
{
    None,
    DuplicateName,
    NameWithSpace,
    Slow,
    FailsOnEmptyPopulation,
    WritesNothing,
    ScoresAnUnknownCustomer,
    NameOutsideItsPrefix,
    NotFiniteScore,
    NotFiniteSeries,
    DocumentedRangeBroken,
    KeepsStateBetweenRuns,
    IgnoresCancellation,
    HangsWhenCancelled,
    WrapsCancellation,
    VagueSettingErrors,
}
