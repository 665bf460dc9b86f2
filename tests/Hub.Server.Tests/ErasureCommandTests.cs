namespace Hub.Server.Tests;

/// <summary>An operator erasing a person on request through the real executable: <c>hub forget</c>, then syncs that would bring them back.</summary>
public sealed class ErasureCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public ErasureCommandTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    public void Dispose() => _folder.Dispose();

    private async Task<Dictionary<string, string>> ClustersAsync()
    {
        var path = Path.Combine(_folder.Path, "clusters-" + Guid.NewGuid().ToString("N")[..6] + ".csv");
        (await _hub.RunAsync("export", "clusters", path)).AssertSuccess();
        return File.ReadAllLines(path).Skip(1).Select(r => r.Split(',')).ToDictionary(r => r[0] + ":" + r[1], r => r[2]);
    }

    private async Task<string> ImportAsync(string source, string csv) =>
        (await _hub.RunAsync("import", "customers", _folder.Write($"{source}-{Guid.NewGuid():N}.csv", csv), "--source", source)).AssertSuccess().Stdout;

    [Fact]
    public async Task Forget_erases_the_customer_and_later_imports_of_the_person_are_suppressed_and_counted()
    {
        await ImportAsync("shop", SampleCsv.Customers);
        (await _hub.RunAsync("resolve")).AssertSuccess();
        var ada = (await ClustersAsync())["shop:c1"];

        var forget = (await _hub.RunAsync("forget", ada, "--reason", "request REQ-17 of 2024-05-01", "--actor", "dpo")).AssertSuccess();

        Assert.Contains($"{ada} is forgotten", forget.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 source records erased", forget.Stdout, StringComparison.Ordinal);
        Assert.Contains("identifiers suppressed", forget.Stdout, StringComparison.Ordinal);

        // The same file again brings back no one; Ada's e-mail under another source and spelling is left out too.
        Assert.Contains("0 new, 0 updated, 3 unchanged, 0 warned, 0 quarantined, 2 suppressed", await ImportAsync("shop", SampleCsv.Customers), StringComparison.Ordinal);
        Assert.Contains("1 new, 0 updated, 0 unchanged, 0 warned, 0 quarantined, 1 suppressed",
            await ImportAsync("crm", "source_id,full_name,email\nk1,A. Lovelace, Ada@EXAMPLE.com\nk2,Alan Turing,alan@example.com\n"), StringComparison.Ordinal);
        (await _hub.RunAsync("resolve", "--full")).AssertSuccess();

        var clusters = await ClustersAsync();
        Assert.DoesNotContain("shop:c1", clusters.Keys);
        Assert.DoesNotContain("shop:c2", clusters.Keys);
        Assert.DoesNotContain("crm:k1", clusters.Keys);
        Assert.Contains("crm:k2", clusters.Keys);
        Assert.DoesNotContain(ada, clusters.Values);
        Assert.Contains("1 suppressed", (await _hub.RunAsync("runs")).AssertSuccess().Stdout, StringComparison.Ordinal);
        var log = (await _hub.RunAsync("erasures")).AssertSuccess().Stdout;
        Assert.Contains($"dpo: {ada} — request REQ-17 of 2024-05-01", log, StringComparison.Ordinal);
        Assert.Contains("2 source records erased", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_get_a_message_and_a_non_zero_exit_and_erase_nothing()
    {
        await ImportAsync("shop", SampleCsv.Customers);
        (await _hub.RunAsync("resolve")).AssertSuccess();
        var ids = await ClustersAsync();

        (await _hub.RunAsync("forget", "cus_999999", "--reason", "request 17")).AssertUserError("there is no customer cus_999999");
        (await _hub.RunAsync("forget", "ada", "--reason", "request 17")).AssertUserError("'ada' is not a customer id");
        (await _hub.RunAsync("forget", ids["shop:c1"])).AssertUserError("give a reason");
        (await _hub.RunAsync("forget", ids["shop:c1"], "--reason", "ada@example.com wrote to us")).AssertUserError("the reason repeats the person's");

        Assert.Equal(ids, await ClustersAsync());
        Assert.Contains("No erasures yet", (await _hub.RunAsync("erasures")).AssertSuccess().Stdout, StringComparison.Ordinal);
    }
}
