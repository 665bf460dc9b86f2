using Hub.Contracts;
using Hub.Plugins.Mining.Clv;
using Names = Hub.Contracts.MiningScores.Clv;

namespace Hub.Plugins.Mining.Tests;

public sealed class ClvMinerTests
{
    [Fact]
    public async Task OnCdnowAsOfTheCalibrationEnd_WritesThePublishedParametersAndEveryCustomersScores()
    {
        var customers = Cdnow.OrdersBySampleId()
            .Select(pair => new CustomerActivity(pair.Key, CustomerKind.Person, pair.Value, []))
            .ToList();
        var context = new ListMiningContext(Cdnow.CalibrationEnd, customers);

        await new ClvMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(0.243, context.Parameters["bgnbd.r"], 0.243 * 0.01);
        Assert.Equal(4.414, context.Parameters["bgnbd.alpha"], 4.414 * 0.01);
        Assert.Equal(0.793, context.Parameters["bgnbd.a"], 0.793 * 0.01);
        Assert.Equal(2.426, context.Parameters["bgnbd.b"], 2.426 * 0.01);
        Assert.Equal(6.25, context.Parameters["gammagamma.p"], 6.25 * 0.01);
        Assert.Equal(3.74, context.Parameters["gammagamma.q"], 3.74 * 0.01);
        Assert.Equal(15.45, context.Parameters["gammagamma.v"], 15.45 * 0.01);
        Assert.Equal(0.01, context.Parameters["clv.monthly_discount_rate"]);
        Assert.Equal(2357 * 8, context.Scores.Count);
        Assert.True(context.ScoreWrites > 1, "scores are written in chunks");

        // Sample customer 1: x = 2, t_x = 30.43, T = 38.86, the paper's worked example (1.226 purchases in 39 weeks).
        Assert.Equal(2, context.Score("1", Names.Frequency)!.Value);
        Assert.Equal(38.86, context.Score("1", Names.AgeWeeks)!.Value!.Value, 0.0051);
        Assert.Equal(22.35, context.Score("1", Names.AverageOrderValue)!.Value!.Value, 0.0051);
        var probabilityAlive = context.Score("1", Names.ProbabilityAlive)!.Value!.Value;
        Assert.InRange(probabilityAlive, 0.5, 1);
    }

    [Fact]
    public async Task ACustomerWithOneOrder_IsAliveAndValuedAtThePopulationMean()
    {
        var start = new DateOnly(2025, 1, 6);
        var customers = Enumerable.Range(0, 40)
            .Select(i => TestRecords.Customer($"c{i}", [.. Enumerable.Range(0, i % 5 + 1).Select(k => TestRecords.Order($"c{i}", start.AddDays(k * (7 + i) + i), 20 + i % 7 * 5))]))
            .Append(TestRecords.Customer("once", TestRecords.Order("once", start.AddDays(30), 999)))
            .ToList();
        var context = new ListMiningContext(start.AddDays(200), customers);

        await new ClvMiner().MineAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(1.0, context.Score("once", Names.ProbabilityAlive)!.Value);
        Assert.Equal(0.0, context.Score("once", Names.AverageOrderValue)!.Value);
        var spend = new ClvFormulas.GammaGammaParameters(context.Parameters["gammagamma.p"], context.Parameters["gammagamma.q"], context.Parameters["gammagamma.v"]);
        Assert.Equal(spend.PopulationMean, context.Score("once", Names.ExpectedAverageOrderValue)!.Value!.Value, 1e-9);
    }
}
