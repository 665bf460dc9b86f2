namespace Hub.Server.Tests;

/// <summary>An operator correcting identities through the real executable: explain, merge, split, the log, a dry run.</summary>
public sealed class IdentityDecisionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public IdentityDecisionTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    public void Dispose() => _folder.Dispose();

    private async Task<Dictionary<string, string>> ClustersAsync()
    {
        var path = Path.Combine(_folder.Path, "clusters-" + Guid.NewGuid().ToString("N")[..6] + ".csv");
        (await _hub.RunAsync("export", "clusters", path)).AssertSuccess();
        return File.ReadAllLines(path).Skip(1).Select(r => r.Split(',')).ToDictionary(r => r[1], r => r[2]);
    }

    private async Task ImportAndResolveAsync()
    {
        (await _hub.RunAsync("import", "customers", _folder.Write("customers.csv", SampleCsv.Customers), "--source", "shop")).AssertSuccess();
        (await _hub.RunAsync("resolve")).AssertSuccess();
    }

    [Fact]
    public async Task Explain_names_the_records_of_a_customer_and_the_fields_that_linked_them()
    {
        await ImportAndResolveAsync();
        var ada = (await ClustersAsync())["c1"];

        var explain = (await _hub.RunAsync("explain", ada)).AssertSuccess();

        Assert.Contains("shop:c1", explain.Stdout, StringComparison.Ordinal);
        Assert.Contains("shop:c2", explain.Stdout, StringComparison.Ordinal);
        Assert.Contains("rule: the same e-mail address", explain.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"email\s+exact", explain.Stdout);
    }

    [Fact]
    public async Task A_merge_and_a_split_hold_through_later_full_resolutions_and_are_logged_with_their_reasons()
    {
        await ImportAndResolveAsync();
        var before = await ClustersAsync();

        (await _hub.RunAsync("merge", before["c1"], before["c5"], "--reason", "Grace is Ada's married name in our records")).AssertSuccess();
        (await _hub.RunAsync("resolve", "--full")).AssertSuccess();
        var merged = await ClustersAsync();
        Assert.Equal(merged["c1"], merged["c5"]);
        Assert.Equal(merged["c1"], merged["c2"]);
        // The larger part keeps its id, so Ada's id survives the merge.
        Assert.Equal(before["c1"], merged["c1"]);

        (await _hub.RunAsync("split", merged["c1"], "--records", "shop:c5", "--reason", "two people after all")).AssertSuccess();
        (await _hub.RunAsync("resolve", "--full")).AssertSuccess();
        var split = await ClustersAsync();
        Assert.NotEqual(split["c1"], split["c5"]);
        Assert.Equal(split["c1"], split["c2"]);

        var log = (await _hub.RunAsync("decisions")).AssertSuccess();
        Assert.Contains("merge shop:c1", log.Stdout, StringComparison.Ordinal);
        Assert.Contains("Grace is Ada's married name in our records", log.Stdout, StringComparison.Ordinal);
        Assert.Contains("split shop:c5 from", log.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_in_merge_and_split_get_a_message_and_change_nothing()
    {
        await ImportAndResolveAsync();
        var ids = await ClustersAsync();

        (await _hub.RunAsync("merge", ids["c1"], ids["c5"])).AssertUserError("--reason");
        (await _hub.RunAsync("merge", ids["c1"], "cus_999999", "--reason", "x")).AssertUserError("there is no customer cus_999999");
        (await _hub.RunAsync("split", ids["c1"], "--records", "shop:c5", "--reason", "x")).AssertUserError("is not a record of");
        (await _hub.RunAsync("split", ids["c1"], "--records", "shop:c1,shop:c2", "--reason", "x")).AssertUserError("leave at least one behind");
        Assert.Equal(ids, await ClustersAsync());
        Assert.Contains("No identity decisions yet", (await _hub.RunAsync("decisions")).AssertSuccess().Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_says_what_a_resolution_would_change_and_changes_nothing()
    {
        await ImportAndResolveAsync();
        var ids = await ClustersAsync();
        (await _hub.RunAsync("import", "customers",
            _folder.Write("more.csv", "source_id,full_name,email\nc6,Grace M. Hopper,GRACE@example.com\n"), "--source", "crm")).AssertSuccess();

        var preview = (await _hub.RunAsync("resolve", "--dry-run")).AssertSuccess();

        Assert.Contains("Dry run: nothing was changed", preview.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 records not resolved yet", preview.Stdout, StringComparison.Ordinal);
        Assert.Equal(ids, await ClustersAsync());
    }
}
