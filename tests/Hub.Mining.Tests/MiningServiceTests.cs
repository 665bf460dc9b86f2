using Hub.Core;
using Hub.Core.Model;
using Microsoft.Extensions.Configuration;

namespace Hub.Mining.Tests;

public sealed class MiningServiceTests
{
    private static CancellationToken Ct => MiningHub.Ct;

    private static readonly DateTimeOffset March1 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_miner_runs_once_over_the_customers_and_its_scores_parameters_and_series_are_stored()
    {
        await using var hub = await MiningHub.CreateAsync(new Dictionary<string, string?> { ["Hub:Mining:Miners:ordercount:multiplier"] = "2" });
        await hub.StoreAsync(
        [
            Some.Customer("a"), Some.Customer("b"), Some.Customer("c"),
            Some.Order("1", "a", 10, March1), Some.Order("2", "a", 20.5m, March1.AddDays(1)),
            Some.Order("3", "b", 5, March1), Some.Order("4", "b", 5, March1), Some.Order("5", "b", 5, March1.AddDays(7)),
        ]);

        var results = await hub.Mining.RunAsync(new MiningRequest(new DateOnly(2025, 3, 31), null, "cli"), Ct);

        Assert.Equal(["ordercount", "failing"], results.Select(r => r.Run.Miner));
        Assert.All(results, r => Assert.Equal(RunOutcome.Succeeded, r.Run.Outcome));
        var run = results[0].Run;
        Assert.Equal("testminer", run.PluginId);
        Assert.Equal(new DateOnly(2025, 3, 31), run.AsOf);
        Assert.Equal(2, run.Scores);
        Assert.Equal(3, run.Parameters["ordercount.customers"]);
        Assert.Equal(2, run.Parameters["ordercount.multiplier"]);
        var scores = await hub.Queries.GetCurrentScoresAsync([1, 2, 3], Ct);
        Assert.Equal(2, scores[1].Value("ordercount.orders"));
        Assert.Equal(61, scores[1].Value("ordercount.revenue"));
        Assert.Equal("small", scores[1].Label("ordercount.size"));
        Assert.Equal("big", scores[2].Label("ordercount.size"));
        Assert.False(scores.ContainsKey(3));
        var perDay = await hub.Queries.GetSeriesAsync(run.Id, "*", Ct);
        Assert.Equal([(new DateOnly(2025, 3, 1), 3.0), (new DateOnly(2025, 3, 2), 1.0), (new DateOnly(2025, 3, 8), 1.0)], perDay.Select(p => (p.Period, p.Value)));
    }

    [Fact]
    public async Task Orders_after_the_as_of_day_are_not_shown_to_the_miners()
    {
        await using var hub = await MiningHub.CreateAsync();
        await hub.StoreAsync([Some.Customer("a"), Some.Order("1", "a", 10, March1), Some.Order("2", "a", 10, March1.AddDays(1))]);

        await hub.Mining.RunAsync(new MiningRequest(new DateOnly(2025, 3, 1), "ordercount", "cli"), Ct);

        Assert.Equal(1, (await hub.Queries.GetCurrentScoresAsync([1], Ct))[1].Value("ordercount.orders"));
    }

    [Fact]
    public async Task A_failing_miner_has_its_error_on_its_run_and_the_other_miners_results_stand()
    {
        await using var hub = await MiningHub.CreateAsync(new Dictionary<string, string?> { ["Hub:Mining:Miners:failing:fail"] = "true" });
        await hub.StoreAsync([Some.Customer("a"), Some.Order("1", "a", 10, March1)]);

        var results = await hub.Mining.RunAsync(new MiningRequest(new DateOnly(2025, 3, 31), null, "cli"), Ct);

        Assert.Equal(RunOutcome.Succeeded, results[0].Run.Outcome);
        var failed = results[1].Run;
        Assert.Equal(RunOutcome.Failed, failed.Outcome);
        Assert.Equal("InvalidOperationException: the model did not converge", failed.Error);
        Assert.Equal(0, failed.Scores);
        var current = await hub.Queries.GetCurrentScoresAsync([1], Ct);
        Assert.Equal(1, current[1].Value("ordercount.orders"));
        Assert.Null(current[1].Value("failing.partial"));
        Assert.Equal(["ordercount"], (await hub.Queries.GetCurrentRunsAsync(Ct)).Keys);
    }

    [Fact]
    public async Task Miners_run_side_by_side_and_are_reported_in_catalog_order()
    {
        // Each test miner waits for the other to start: together they both succeed.
        await using var hub = await MiningHub.CreateAsync(new Dictionary<string, string?>
        {
            ["Hub:Mining:Parallelism"] = "2",
            ["Hub:Mining:Miners:ordercount:rendezvous"] = "20",
            ["Hub:Mining:Miners:failing:rendezvous"] = "20",
        });
        await hub.StoreAsync([Some.Customer("a"), Some.Order("1", "a", 10, March1)]);

        var results = await hub.Mining.RunAsync(new MiningRequest(new DateOnly(2025, 3, 31), null, "cli"), Ct);

        Assert.Equal([("ordercount", RunOutcome.Succeeded), ("failing", RunOutcome.Succeeded)], results.Select(r => (r.Run.Miner, r.Run.Outcome)));
    }

    [Fact]
    public async Task With_a_parallelism_of_one_the_miners_run_one_after_another()
    {
        await using var hub = await MiningHub.CreateAsync(new Dictionary<string, string?>
        {
            ["Hub:Mining:Parallelism"] = "1",
            ["Hub:Mining:Miners:ordercount:rendezvous"] = "0.5",
            ["Hub:Mining:Miners:failing:rendezvous"] = "0.5",
        });
        await hub.StoreAsync([Some.Customer("a"), Some.Order("1", "a", 10, March1)]);

        var results = await hub.Mining.RunAsync(new MiningRequest(new DateOnly(2025, 3, 31), null, "cli"), Ct);

        // ordercount ran first and waited for failing in vain; failing found ordercount's arrival and went on.
        Assert.Equal("InvalidOperationException: ordercount ran alone: failing did not run beside it", results[0].Run.Error);
        Assert.Equal(RunOutcome.Succeeded, results[1].Run.Outcome);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    public void A_parallelism_that_cannot_work_is_refused_naming_the_setting(string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:Mining:Parallelism"] = value }).Build();

        var error = Assert.Throws<ArgumentException>(() => MiningOptions.From(configuration));

        Assert.Equal($"Hub:Mining:Parallelism must be a whole number of at least 1, not '{value}'", error.Message);
    }

    [Fact]
    public async Task A_miner_no_plugin_has_is_refused_with_the_names_of_those_there_are()
    {
        await using var hub = await MiningHub.CreateAsync();

        var error = await Assert.ThrowsAsync<UserFacingException>(() => hub.Mining.RunAsync(new MiningRequest(null, "rfm", "cli"), Ct));

        Assert.Equal("there is no miner 'rfm'; the loaded ones are ordercount, failing", error.Message);
        Assert.Empty(await hub.Queries.ListRunsAsync(null, 10, Ct));
    }

    [Fact]
    public async Task A_bad_setting_fails_the_run_with_the_message_naming_the_setting()
    {
        await using var hub = await MiningHub.CreateAsync(new Dictionary<string, string?> { ["Hub:Mining:Miners:ordercount:multiplier"] = "lots" });
        await hub.StoreAsync([Some.Customer("a")]);

        var run = Assert.Single(await hub.Mining.RunAsync(new MiningRequest(null, "ordercount", "cli"), Ct)).Run;

        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Equal("setting 'multiplier' must be a whole number, not 'lots'", run.Error);
    }
}
