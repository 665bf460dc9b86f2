using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Core.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// Known mining results written through <see cref="IMiningStore"/> over the usual customers, as the bundled miners would
/// write them: an older and a current key-account run (the current one ranks cus_2, cus_1, cus_3), RFM segments, CLV,
/// satisfaction, win-back candidates with calls and e-mails, and a demand run forecasting four weeks.
/// </summary>
internal static class MiningSeed
{
    public static readonly DateOnly AsOf = new(2025, 3, 31);

    /// <summary>The weights of the current keyaccounts run, in the order of the criteria.</summary>
    public static readonly double[] KeyAccountWeights = [0.3, 0.2, 0.15, 0.15, 0.1, 0.1];

    public static readonly DateTimeOffset LastCall = new(2025, 3, 20, 9, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(IServiceProvider services)
    {
        await ApiServer.SeedAsync(services);
        var store = services.GetRequiredService<IMiningStore>();
        await RunAsync(store, MiningScores.KeyAccounts.Miner, [Scores(5, (MiningScores.KeyAccounts.Rank, 1, null), (MiningScores.KeyAccounts.Score, 99, null))]);
        await RunAsync(store, MiningScores.KeyAccounts.Miner,
        [
            KeyAccount(1, rank: 2, score: 70, "Gold"),
            KeyAccount(2, rank: 1, score: 90.5, "Platinum"),
            KeyAccount(3, rank: 3, score: 40, "Iron"),
        ], KeyAccountWeights.Select((weight, i) => (Name: "keyaccounts.weight." + MiningScores.KeyAccounts.Criteria[i], weight)).ToDictionary(p => p.Name, p => p.weight));
        await RunAsync(store, MiningScores.Rfm.Miner,
        [
            Scores(1, (MiningScores.Rfm.Recency, 5, null), (MiningScores.Rfm.Frequency, 4, null), (MiningScores.Rfm.Monetary, 5, null),
                (MiningScores.Rfm.Score, 545, "545"), (MiningScores.Rfm.Segment, null, "Champions")),
            Scores(2, (MiningScores.Rfm.Segment, null, "Champions")),
            Scores(3, (MiningScores.Rfm.Segment, null, "Champions")),
            Scores(5, (MiningScores.Rfm.Segment, null, "Lost")),
        ]);
        await RunAsync(store, MiningScores.Clv.Miner,
        [
            // Customer 1 has the inputs of the example customer of Fader, Hardie and Lee's BG/NBD paper (x = 2,
            // t_x = 30.43, T = 38.86 weeks), and the run has their CDNOW parameters.
            Scores(1, (MiningScores.Clv.ProbabilityAlive, 0.82, null), (MiningScores.Clv.ExpectedAverageOrderValue, 120.5, null), (MiningScores.Clv.Value12Months, 800, null),
                (MiningScores.Clv.Frequency, 2, null), (MiningScores.Clv.RecencyWeeks, 30.43, null), (MiningScores.Clv.AgeWeeks, 38.86, null),
                (MiningScores.Clv.AverageOrderValue, 22.35, null)),
            Scores(3, (MiningScores.Clv.ProbabilityAlive, 0.18, null), (MiningScores.Clv.Value12Months, 300, null)),
        ], new Dictionary<string, double>
        {
            ["bgnbd.r"] = 0.243, ["bgnbd.alpha"] = 4.414, ["bgnbd.a"] = 0.793, ["bgnbd.b"] = 2.426,
            ["gammagamma.p"] = 6.25, ["gammagamma.q"] = 3.74, ["gammagamma.v"] = 15.45, ["clv.monthly_discount_rate"] = 0.01,
        });
        await RunAsync(store, MiningScores.Satisfaction.Miner,
            [Scores(1, (MiningScores.Satisfaction.Csat, 80, null), (MiningScores.Satisfaction.Nps, 50, null), (MiningScores.Satisfaction.Trend, 4.5, "rising"))]);
        await RunAsync(store, MiningScores.WinBack.Miner,
        [
            Scores(3, (MiningScores.WinBack.Rank, 1, null), (MiningScores.WinBack.ValueAtRisk, 900, null),
                (MiningScores.WinBack.Reason, null, "Gold tier, probability alive 0.18, RFM At Risk")),
            Scores(5, (MiningScores.WinBack.Rank, 2, null), (MiningScores.WinBack.ValueAtRisk, 250, null), (MiningScores.WinBack.Reason, null, "RFM Lost")),
        ]);
        await ApiServer.IngestAsync(services.GetRequiredService<Hub.Core.Storage.IIngestStore>(), Some.Shop,
        [
            Interaction("i1", "call", LastCall.AddDays(-30), "inbound-call", "asked about a refund"),
            Interaction("i2", "call", LastCall, "outbound-call", "offered a discount"),
            Interaction("i3", "email", LastCall.AddDays(-3), "newsletter", "spring sale"),
        ]);
        var demand = await store.StartRunAsync(MiningScores.Demand.Miner, "mining", AsOf, "test", CancellationToken.None);
        await store.WriteSeriesAsync(demand, [.. Weeks("*", 10), .. Weeks("SKU-1", 4)], CancellationToken.None);
        await store.WriteParametersAsync(demand, new Dictionary<string, double> { ["demand.mase"] = 0.8, ["demand.mase.SKU-1"] = 0.6 }, CancellationToken.None);
        await store.FinishRunAsync(demand, RunOutcome.Succeeded, null, 3, CancellationToken.None);
    }

    // Three observed weeks up to the as-of day, then four forecast weeks whose interval widens.
    private static IEnumerable<MiningSeriesPoint> Weeks(string series, double level)
    {
        var monday = new DateOnly(2025, 3, 31);
        for (var i = 3; i >= 1; i--) yield return new MiningSeriesPoint(series, monday.AddDays(-7 * i), level + i, false, null, null);
        for (var i = 0; i < 4; i++) yield return new MiningSeriesPoint(series, monday.AddDays(7 * i), level, true, level - i - 1, level + i + 1);
    }

    private static CustomerScores KeyAccount(long customer, int rank, double score, string tier)
    {
        var scores = new Dictionary<string, ScoreValue>(StringComparer.Ordinal)
        {
            [MiningScores.KeyAccounts.Rank] = new(rank, null),
            [MiningScores.KeyAccounts.Score] = new(score, null),
            [MiningScores.KeyAccounts.Tier] = new(null, tier),
        };
        // As the bundled miner writes them: the criterion values per customer, the weights once as run parameters.
        foreach (var criterion in MiningScores.KeyAccounts.Criteria)
        {
            scores[MiningScores.KeyAccounts.CriterionValue(criterion)] = new(score / 100, null);
        }

        return new CustomerScores(customer, scores);
    }

    private static async Task RunAsync(IMiningStore store, string miner, IReadOnlyList<CustomerScores> scores, IReadOnlyDictionary<string, double>? parameters = null)
    {
        var run = await store.StartRunAsync(miner, "mining", AsOf, "test", CancellationToken.None);
        await store.WriteScoresAsync(run, scores, CancellationToken.None);
        if (parameters is not null) await store.WriteParametersAsync(run, parameters, CancellationToken.None);
        await store.FinishRunAsync(run, RunOutcome.Succeeded, null, 3, CancellationToken.None);
    }

    private static CustomerScores Scores(long customer, params (string Name, double? Value, string? Label)[] scores) =>
        new(customer, scores.ToDictionary(s => s.Name, s => new ScoreValue(s.Value, s.Label), StringComparer.Ordinal));

    private static InteractionRecord Interaction(string id, string channel, DateTimeOffset at, string type, string summary) => new()
    {
        InteractionId = id,
        CustomerSourceId = "shop-3",
        OccurredAt = at,
        Channel = channel,
        Type = type,
        Summary = summary,
    };
}
