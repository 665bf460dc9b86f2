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
        var target = Path.Combine(_hub.DataDirectory, "plugins", "testminer");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepoPaths.OutputOf("tests/plugins/Hub.TestPlugins.Miner")))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
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
        var unknown = await _hub.RunAsync("mine", "--miner", "rfm");
        Assert.Equal(2, unknown.ExitCode);
        unknown.AssertUserError("there is no miner 'rfm'; the loaded ones are ordercount, failing");
    }

    public void Dispose() => _folder.Dispose();
}
