using Xunit.Sdk;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// The miner kit itself: run against a miner that keeps the contract, every check passes; run against one that breaks it
/// in one way, the check for that way fails and says so with the plugin's id and the miner's name.
/// </summary>
public sealed class MinerKitTests
{
    [Fact]
    public async Task A_miner_that_keeps_the_contract_passes_every_check()
    {
        var kit = new Kit(MinerFault.None);
        kit.The_plugin_registers_its_miners_under_unique_names();
        await kit.Mining_the_test_population_writes_results_the_hub_can_store();
        await kit.Mining_an_empty_population_completes_without_an_error();
        await kit.Mining_the_same_population_twice_writes_the_same_results();
        await kit.A_run_cancelled_while_it_reads_the_customers_stops_promptly();
        await kit.Mining_with_refused_settings_fails_with_an_error_naming_the_setting();
    }

    [Theory]
    [InlineData(MinerFault.DuplicateName, "more than one miner named 'scripted'")]
    [InlineData(MinerFault.NameWithSpace, "miner name 'scripted miner' holds white space")]
    [InlineData(MinerFault.Slow, "took longer than 2 s to mine the test population")]
    [InlineData(MinerFault.WritesNothing, "wrote no score, parameter or series point")]
    [InlineData(MinerFault.ScoresAnUnknownCustomer, "'cus_999999' is not a customer it was given")]
    [InlineData(MinerFault.NameOutsideItsPrefix, "score names must start with 'scripted.'")]
    [InlineData(MinerFault.NotFiniteScore, "is NaN; the hub stores only finite numbers")]
    [InlineData(MinerFault.NotFiniteSeries, "series '*' at 2025-06-30 (forecast): a value or bound is not a finite number")]
    [InlineData(MinerFault.DocumentedRangeBroken, "score 'rfm.recency' of 'cus_1': it is 6; MiningScores documents a whole number from 1 to 5")]
    [InlineData(MinerFault.FailsOnEmptyPopulation, "failed to mine an empty population: InvalidOperationException")]
    [InlineData(MinerFault.KeepsStateBetweenRuns, "wrote other results when it mined the same population again")]
    [InlineData(MinerFault.IgnoresCancellation, "completed its run although it was cancelled")]
    [InlineData(MinerFault.HangsWhenCancelled, "did not stop within 1 s of its run being cancelled")]
    [InlineData(MinerFault.WrapsCancellation, "ended with InvalidOperationException (mining stopped) when its run was cancelled")]
    [InlineData(MinerFault.VagueSettingErrors, "failed on the refused settings with FormatException")]
    public async Task A_miner_that_breaks_the_contract_fails_the_check_for_it_naming_the_plugin_and_the_miner(MinerFault fault, string expected)
    {
        var kit = new Kit(fault);
        Func<Task> check = fault switch
        {
            MinerFault.DuplicateName or MinerFault.NameWithSpace => () => Task.Run(kit.The_plugin_registers_its_miners_under_unique_names),
            MinerFault.FailsOnEmptyPopulation => kit.Mining_an_empty_population_completes_without_an_error,
            MinerFault.KeepsStateBetweenRuns => kit.Mining_the_same_population_twice_writes_the_same_results,
            MinerFault.IgnoresCancellation or MinerFault.HangsWhenCancelled or MinerFault.WrapsCancellation => kit.A_run_cancelled_while_it_reads_the_customers_stops_promptly,
            MinerFault.VagueSettingErrors => kit.Mining_with_refused_settings_fails_with_an_error_naming_the_setting,
            _ => kit.Mining_the_test_population_writes_results_the_hub_can_store,
        };

        var failure = await Assert.ThrowsAnyAsync<XunitException>(check);

        Assert.Contains("plugin 'scripted'", failure.Message, StringComparison.Ordinal);
        var name = new ScriptedMiner(fault).Name;
        Assert.Contains(fault is MinerFault.DuplicateName or MinerFault.NameWithSpace ? $"'{name}'" : $"miner '{name}'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_MinerName_a_plugin_of_several_miners_is_refused_with_their_names()
    {
        var kit = new Kit(MinerFault.None, minerName: null);

        var failure = Assert.ThrowsAny<XunitException>(kit.The_plugin_registers_its_miners_under_unique_names);

        Assert.Contains("plugin 'scripted' registered 2 miners (scripted, scripted-companion); set MinerName", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_miner_that_takes_no_settings_skips_the_check_of_refused_ones_saying_so()
    {
        var kit = new Kit(MinerFault.None, refusedSettings: false);

        var reason = await Skips.ReasonAsync(kit.Mining_with_refused_settings_fails_with_an_error_naming_the_setting);

        Assert.Contains("plugin 'scripted' gives no RefusedSettings", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_context_hides_activity_after_the_as_of_day_as_the_hub_does()
    {
        var asOf = new DateOnly(2025, 6, 30);
        var customers = ConformancePopulation.Generate(20, asOf.AddDays(30));
        var context = new ConformanceMiningContext(asOf, customers);
        var end = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        Assert.Contains(customers, c => c.Orders.Any(o => o.OrderedAt >= end));
        Assert.All(context.Customers, c => Assert.All(c.Orders, o => Assert.True(o.OrderedAt < end)));
        Assert.Equal(customers.Select(c => c.CustomerId), context.Customers.Select(c => c.CustomerId));
    }

    [Fact]
    public void The_generated_population_is_the_same_for_the_same_seed_and_mixes_buyers_with_customers_without_activity()
    {
        var asOf = new DateOnly(2025, 6, 30);

        var first = ConformancePopulation.Generate(30, asOf);
        var again = ConformancePopulation.Generate(30, asOf);
        var other = ConformancePopulation.Generate(30, asOf, seed: 2);

        Assert.Equal(first.Select(c => c.Orders.Sum(o => o.Amount)), again.Select(c => c.Orders.Sum(o => o.Amount)));
        Assert.NotEqual(first.Select(c => c.Orders.Sum(o => o.Amount)), other.Select(c => c.Orders.Sum(o => o.Amount)));
        Assert.Contains(first, c => c.Orders.Count == 0 && c.Interactions.Count == 0 && c.Events.Count == 0);
        Assert.Contains(first, c => c.Orders.Count >= 2);
        Assert.Contains(first, c => c.Interactions.Any(i => i.Score is not null));
        Assert.Contains(first, c => c.Events.Any(e => e.Name == "Survey Submitted"));
        Assert.All(first.SelectMany(c => c.Orders), o => Assert.Equal(o.Amount, o.Lines.Sum(l => l.Quantity * l.UnitPrice)));
    }

    private sealed class Kit(MinerFault fault, string? minerName = "", bool refusedSettings = true) : MinerConformanceTests
    {
        protected override string PluginId => "scripted";

        protected override IHubPlugin CreatePlugin() => new ScriptedMiner(fault);

        // The scripted miner by its name, unless a test says otherwise.
        protected override string? MinerName => minerName == "" ? new ScriptedMiner(fault).Name : minerName;

        protected override IReadOnlyList<CustomerActivity> TestPopulation => ConformancePopulation.Generate(12, AsOf);

        protected override IReadOnlyDictionary<string, string>? RefusedSettings =>
            refusedSettings ? new Dictionary<string, string> { ["threshold"] = "high" } : null;

        protected override TimeSpan MiningTimeout => TimeSpan.FromSeconds(2);

        protected override TimeSpan CancellationGrace => TimeSpan.FromSeconds(1);
    }
}
