namespace Hub.Server.Tests;

/// <summary>An operator corrects a golden record through the real executable, and show and export carry it with its lineage.</summary>
public sealed class GoldenRecordEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public GoldenRecordEndToEndTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task An_override_set_from_the_cli_shows_with_its_lineage_in_show_and_export_until_cleared()
    {
        (await _hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        (await _hub.RunAsync("resolve")).AssertSuccess();
        var ada = await CustomerOfAsync("c1");

        (await _hub.RunAsync("customer", "set", ada, "city=Cambridge")).AssertUserError("--reason");
        (await _hub.RunAsync("customer", "set", ada, "shoe_size=42", "--reason", "x")).AssertUserError("not a golden field");
        (await _hub.RunAsync("customer", "set", ada, "birth_date=10/12/1815", "--reason", "x")).AssertUserError("yyyy-MM-dd");
        (await _hub.RunAsync("customer", "clear", ada, "city", "--reason", "x")).AssertUserError("no override of city");

        var set = (await _hub.RunAsync("customer", "set", ada, "city=Cambridge", "birth_date=1815-12-11", "--reason", "she wrote to us")).AssertSuccess();
        Assert.Matches(@"city\s+Cambridge\s+\(operator:\d+, \d{4}-\d\d-\d\d, override\) by .+: she wrote to us", set.Stdout);

        var show = (await _hub.RunAsync("customer", "show", ada)).AssertSuccess().Stdout;
        Assert.Matches(@"city\s+Cambridge\s+\(operator:\d+, \d{4}-\d\d-\d\d, override\)", show);
        Assert.Matches(@"birth_date\s+1815-12-11\s+\(operator:\d+, .*override\)", show);
        Assert.Matches(@"email\s+ada@example.com\s+\(shop:c[12], \d{4}-\d\d-\d\d, most-recent\)", show);
        Assert.Matches(@"records\s+2", show);
        Assert.Matches(@"orders\s+0\n", show);

        var exported = await ExportCustomersAsync();
        Assert.Equal(
            "customer_id,display_name,given_name,family_name,email,phone,street,city,postcode,country,birth_date,company," +
            "emails,phones,record_count,sources,lineage," +
            "order_count,first_order_at,last_order_at,interaction_count,first_interaction_at,last_interaction_at",
            exported[0]);
        Assert.Equal(3, exported.Length - 1);
        var row = exported.Single(line => line.StartsWith(ada + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("Cambridge", "1815-12-11", "ada@example.com", "2", "shop"), (row[7], row[10], row[12], row[14], row[15]));
        Assert.Contains("city=operator:", row[16], StringComparison.Ordinal);
        Assert.Matches(@"(^|;)email=shop:c[12]@most-recent@\d{4}-", row[16]);

        // Orders of either of Ada's records count for her, in show and in export.
        var orders = _folder.Write("orders.csv",
            "customer_source_id,order_id,ordered_at,amount,currency\nc1,o1,2024-01-15T10:00:00Z,10.00,CNY\nc2,o2,2024-06-30T08:30:00Z,5.00,CNY\n");
        (await _hub.RunAsync("import", "orders", orders, "--source", "shop")).AssertSuccess();
        Assert.Matches(@"orders\s+2, 2024-01-15 to 2024-06-30", (await _hub.RunAsync("customer", "show", ada)).AssertSuccess().Stdout);
        var withOrders = (await ExportCustomersAsync()).Single(line => line.StartsWith(ada + ",", StringComparison.Ordinal));
        Assert.EndsWith(",2,2024-01-15T10:00:00Z,2024-06-30T08:30:00Z,0,,", withOrders, StringComparison.Ordinal);

        (await _hub.RunAsync("customer", "clear", ada, "city", "--reason", "her move fell through")).AssertSuccess();
        var restored = (await _hub.RunAsync("customer", "show", ada)).AssertSuccess().Stdout;
        Assert.DoesNotContain("Cambridge", restored, StringComparison.Ordinal);
        Assert.Matches(@"birth_date\s+1815-12-11\s+\(operator:", restored);
    }

    private async Task<string> CustomerOfAsync(string sourceId)
    {
        var path = Path.Combine(_folder.Path, "clusters.csv");
        (await _hub.RunAsync("export", "clusters", path)).AssertSuccess();
        return File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).Single(r => r[1] == sourceId)[2];
    }

    private async Task<string[]> ExportCustomersAsync()
    {
        var path = Path.Combine(_folder.Path, "customers.csv");
        (await _hub.RunAsync("export", "customers", path)).AssertSuccess();
        return File.ReadAllLines(path);
    }

    public void Dispose() => _folder.Dispose();
}
