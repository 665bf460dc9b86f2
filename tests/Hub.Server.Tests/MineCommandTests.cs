using System.Text.Json;
using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary><c>hub mine</c> and <c>hub mine runs</c> with the test miner plugin installed in the data dir.</summary>
public sealed class MineCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public MineCommandTests()
    {
        _hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        _hub.InstallPlugin("tests/plugins/Hub.TestPlugins.Miner", "testminer");
    }

    [Fact]
    public async Task Hub_mine_prints_a_line_per_miner_and_mine_runs_lists_them_with_their_parameters()
    {
        (await _hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        (await _hub.RunAsync("import", "orders", _folder.Write("orders.csv",
            "customer_source_id,order_id,ordered_at,amount,currency\nc1,o1,2025-03-01T10:00:00Z,10,GBP\nc2,o2,2025-03-02T10:00:00Z,5,GBP\nc5,o3,2025-04-01T10:00:00Z,7,USD\n"),
            "--source", "shop")).AssertSuccess();
        (await _hub.RunAsync("resolve")).AssertSuccess();

        var mined = (await _hub.RunAsync("mine", "--as-of", "2025-03-31")).AssertSuccess().Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Ada's two records are one customer with two orders; Grace's order is after the as-of day.
        Assert.Contains(mined, l => l.StartsWith("ordercount ", StringComparison.Ordinal) && l.Contains("succeeded", StringComparison.Ordinal)
            && l.Contains(" 1 customers scored", StringComparison.Ordinal));
        Assert.Contains(mined, l => l.StartsWith("failing ", StringComparison.Ordinal));
        var runs = JsonDocument.Parse((await _hub.RunAsync("mine", "runs", "--miner", "ordercount", "--json")).AssertSuccess().Stdout).RootElement;
        var run = Assert.Single(runs.EnumerateArray());
        Assert.Equal("2025-03-31", run.GetProperty("asOf").GetString());
        Assert.Equal(3, run.GetProperty("parameters").GetProperty("ordercount.customers").GetDouble());
        Assert.Contains("ordercount.customers=3", (await _hub.RunAsync("mine", "runs")).AssertSuccess().Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_miner_makes_hub_mine_exit_non_zero_with_its_error_on_its_line()
    {
        // A miner's settings come from the hub's configuration, here <data-dir>/hub.json.
        File.WriteAllText(Path.Combine(_hub.DataDirectory, "hub.json"), """{ "Hub": { "Mining": { "Miners": { "failing": { "fail": "true" } } } } }""");
        (await _hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        (await _hub.RunAsync("resolve")).AssertSuccess();

        var result = await _hub.RunAsync("mine");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the model did not converge", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_or_an_unknown_miner_is_one_clear_line_and_exit_2()
    {
        var badDate = await _hub.RunAsync("mine", "--as-of", "31/03/2025");
        Assert.Equal(2, badDate.ExitCode);
        badDate.AssertUserError("--as-of: '31/03/2025' is not a date; write it as YYYY-MM-DD");
        var unknown = await _hub.RunAsync("mine", "--miner", "rmf");
        Assert.Equal(2, unknown.ExitCode);
        unknown.AssertUserError("there is no miner 'rmf'; the loaded ones are rfm, satisfaction, demand, clv, keyaccounts, winback, ordercount, failing");
    }

    [Fact]
    public async Task The_demo_runs_the_miners_after_resolving_and_sums_them_up_in_one_line()
    {
        var demo = (await _hub.RunAsync("demo", "--no-serve")).AssertSuccess().Stdout.Split('\n');

        var line = Assert.Single(demo, l => l.StartsWith("Mining: ", StringComparison.Ordinal));
        // The bundled miners, then the test plugin's installed into the data dir.
        Assert.StartsWith("Mining: 8 miners (rfm, satisfaction, demand, clv, keyaccounts, winback, ordercount, failing) scored up to ", line, StringComparison.Ordinal);
        var runs = JsonDocument.Parse((await _hub.RunAsync("mine", "runs", "--json")).AssertSuccess().Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(8, runs.Count);
        Assert.All(runs, r => Assert.Equal("demo", r.GetProperty("trigger").GetString()));
        // The demo's shop orders reach the miners: customers with orders were scored.
        Assert.True(runs.Single(r => r.GetProperty("miner").GetString() == "ordercount").GetProperty("scores").GetInt64() > 0);
    }

    [Fact]
    public async Task A_serving_hub_runs_the_miners_on_the_mining_schedule()
    {
        // Quartz cron with seconds: every two seconds.
        File.WriteAllText(Path.Combine(_hub.DataDirectory, "hub.json"), """{ "Hub": { "Mining": { "Schedule": "0/2 * * * * ?" } } }""");
        (await _hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        (await _hub.RunAsync("resolve")).AssertSuccess();

        await using (var server = await _hub.ServeAsync())
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!await HasScheduledRunAsync() && DateTime.UtcNow < deadline) await Task.Delay(500, TestContext.Current.CancellationToken);
            await server.StopAsync();
        }

        Assert.True(await HasScheduledRunAsync(), "no mining run with trigger 'schedule' within a minute");
    }

    [Fact]
    public async Task A_mining_schedule_that_is_not_cron_stops_the_hub_with_one_clear_line()
    {
        File.WriteAllText(Path.Combine(_hub.DataDirectory, "hub.json"), """{ "Hub": { "Mining": { "Schedule": "nightly" } } }""");

        (await _hub.RunAsync("mine", "runs")).AssertUserError("Hub:Mining:Schedule");
    }

    private async Task<bool> HasScheduledRunAsync()
    {
        var result = await _hub.RunAsync("mine", "runs", "--json");
        return result.ExitCode == 0 && JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()
            .Any(r => r.GetProperty("trigger").GetString() == "schedule" && r.GetProperty("outcome").GetString() == "succeeded");
    }

    public void Dispose() => _folder.Dispose();
}
