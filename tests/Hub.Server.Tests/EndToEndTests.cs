using System.Net;
using System.Text.Json;

namespace Hub.Server.Tests;

/// <summary>A record's whole journey through the real executable: CSV → plugin → store → resolution → export → GraphQL.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public EndToEndTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task Imported_customers_are_resolved_exported_and_served_over_GraphQL_to_a_key_holder_only()
    {
        var csv = _folder.Write("customers.csv", SampleCsv.Customers);
        var import = (await _hub.RunAsync("import", "customers", csv, "--source", "shop")).AssertSuccess();
        Assert.Contains("5 new", import.Stdout, StringComparison.Ordinal);

        var resolve = (await _hub.RunAsync("resolve")).AssertSuccess();
        Assert.Contains("5 customer records into 3 customers", resolve.Stdout, StringComparison.Ordinal);

        var exportPath = Path.Combine(_folder.Path, "clusters.csv");
        (await _hub.RunAsync("export", "clusters", exportPath)).AssertSuccess();
        var rows = File.ReadAllLines(exportPath);
        Assert.Equal("source,source_id,customer_id", rows[0]);
        var customerOf = rows.Skip(1).Select(r => r.Split(',')).ToDictionary(r => r[1], r => r[2]);
        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], customerOf.Keys.Order());
        Assert.Equal(customerOf["c1"], customerOf["c2"]);
        Assert.Equal(customerOf["c3"], customerOf["c4"]);
        Assert.Equal(3, customerOf.Values.Distinct().Count());
        Assert.All(customerOf.Values, id => Assert.StartsWith("cus_", id, StringComparison.Ordinal));

        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;
        await using var server = await _hub.ServeAsync();
        const string query = "{ customers(first: 10) { totalCount edges { node { id displayName sources { source sourceId } } } } }";
        var data = await server.QueryAsync(query, key);

        var customers = data.GetProperty("customers");
        Assert.Equal(3, customers.GetProperty("totalCount").GetInt32());
        var served = customers.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(customerOf.Values.Distinct().Order(), served.Select(n => n.GetProperty("id").GetString()).Order());
        var ada = served.Single(n => n.GetProperty("id").GetString() == customerOf["c1"]);
        Assert.Equal(["c1", "c2"], ada.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("sourceId").GetString()).Order());

        using var anonymous = await server.PostGraphQLAsync(query, apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        using var forged = await server.PostGraphQLAsync(query, apiKey: key + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing()
    {
        var csv = _folder.Write("customers.csv", SampleCsv.Customers);
        (await _hub.RunAsync("import", "customers", csv, "--source", "shop")).AssertSuccess();
        var again = (await _hub.RunAsync("import", "customers", csv, "--source", "shop")).AssertSuccess();
        Assert.Contains("0 new, 0 updated, 5 unchanged", again.Stdout, StringComparison.Ordinal);

        (await _hub.RunAsync("resolve")).AssertSuccess();
        var exportPath = Path.Combine(_folder.Path, "clusters.csv");
        (await _hub.RunAsync("export", "clusters", exportPath)).AssertSuccess();
        Assert.Equal(6, File.ReadAllLines(exportPath).Length);
    }

    [Fact]
    public async Task Bad_rows_are_quarantined_with_row_and_reason_and_bad_optional_fields_only_warned()
    {
        var csv = _folder.Write("people.csv", SampleCsv.CustomersWithBadRows);
        var import = (await _hub.RunAsync("import", "customers", csv, "--source", "crm")).AssertSuccess();
        Assert.Contains("3 read: 2 new", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 warned, 1 quarantined", import.Stdout, StringComparison.Ordinal);

        var quarantine = (await _hub.RunAsync("quarantine", "list", "--source", "crm")).AssertSuccess();
        Assert.Contains("people.csv row 3", quarantine.Stdout, StringComparison.Ordinal);
        Assert.Contains("source_id is missing", quarantine.Stdout, StringComparison.Ordinal);
        Assert.Contains("No Id", quarantine.Stdout, StringComparison.Ordinal);
        var itemId = System.Text.RegularExpressions.Regex.Match(quarantine.Stdout, "#(\\d+)").Groups[1].Value;
        var shown = (await _hub.RunAsync("quarantine", "show", itemId)).AssertSuccess();
        Assert.Contains("reason:   source_id is missing", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains(",No Id,noid@example.com", shown.Stdout, StringComparison.Ordinal);
        (await _hub.RunAsync("quarantine", "retry", itemId)).AssertUserError("import it again");

        (await _hub.RunAsync("resolve")).AssertSuccess();
        var exportPath = Path.Combine(_folder.Path, "clusters.csv");
        (await _hub.RunAsync("export", "clusters", exportPath)).AssertSuccess();
        Assert.Contains(File.ReadAllLines(exportPath), line => line.StartsWith("crm,k3,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task User_mistakes_get_one_clear_line_and_a_non_zero_exit()
    {
        (await _hub.RunAsync("import", "customers", Path.Combine(_folder.Path, "missing.csv"), "--source", "shop"))
            .AssertUserError("file not found");

        var csv = _folder.Write("customers.csv", SampleCsv.Customers);
        (await _hub.RunAsync("import", "customers", csv, "--source", "shop", "--map", "mail=email"))
            .AssertUserError("mail");

        (await _hub.RunAsync("connectors", "add", "x", "--plugin", "no-such-plugin"))
            .AssertUserError("unknown plugin 'no-such-plugin'");

        (await _hub.RunAsync("connectors", "add", "drop", "--plugin", "files"))
            .AssertUserError("setting 'path' is required");

        (await _hub.RunAsync("connectors", "add", "drop", "--plugin", "files", "--set", "path=/tmp", "--schedule", "every minute"))
            .AssertUserError("--schedule");

        (await _hub.RunAsync("sync", "nothing-here")).AssertUserError("there is no connector 'nothing-here'");
    }

    [Fact]
    public async Task The_demo_without_serving_prints_its_summary_and_exits_zero_and_its_mining_results_are_served()
    {
        var demo = (await _hub.RunAsync("demo", "--no-serve")).AssertSuccess();
        Assert.Contains("Records in:", demo.Stdout, StringComparison.Ordinal);
        Assert.Contains("Customers out:", demo.Stdout, StringComparison.Ordinal);
        Assert.Contains("Mining: 6 miners", demo.Stdout, StringComparison.Ordinal);
        Assert.Contains("curl", demo.Stdout, StringComparison.Ordinal);

        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader", "--pii")).AssertSuccess().LastLine;
        await using var server = await _hub.ServeAsync();
        var lists = await server.QueryAsync("""
            {
              keyAccounts(first: 3) { totalCount edges { node { rank score customer { id } criteria { name contribution } } } }
              winBackCandidates(first: 3) { totalCount edges { node { rank valueAtRisk reason } } }
              demandForecast(horizonWeeks: 13) { mase history { week value } forecast { week value lower upper } }
              segments(kind: "rfm") { name memberCount }
            }
            """, key);

        var accounts = lists.GetProperty("keyAccounts").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal([1, 2, 3], accounts.Select(a => a.GetProperty("rank").GetInt32()));
        foreach (var account in accounts)
        {
            var criteria = account.GetProperty("criteria").EnumerateArray().ToList();
            Assert.Equal(6, criteria.Count);
            Assert.Equal(account.GetProperty("score").GetDouble(), criteria.Sum(c => c.GetProperty("contribution").GetDouble()), 3);
        }

        var winBack = lists.GetProperty("winBackCandidates").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.NotEmpty(winBack);
        Assert.All(winBack, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString())));
        var demand = lists.GetProperty("demandForecast");
        Assert.InRange(demand.GetProperty("mase").GetDouble(), 0, 0.9999);
        var forecast = demand.GetProperty("forecast").EnumerateArray().ToList();
        Assert.Equal(13, forecast.Count);
        Assert.All(forecast, w => Assert.InRange(w.GetProperty("value").GetDouble(), w.GetProperty("lower").GetDouble(), w.GetProperty("upper").GetDouble()));
        Assert.Contains(lists.GetProperty("segments").EnumerateArray(), s => s.GetProperty("memberCount").GetInt32() > 0);

        var top = accounts[0].GetProperty("customer").GetProperty("id").GetString();
        var customer = await server.QueryAsync($$"""
            { customer(id: "{{top}}") { scores { rfm { recency frequency monetary segment } tier keyAccount { score } clv { probabilityAlive value(months: 12) } } }
              surveyed: customers(first: 1, filter: { csat: { isNull: false } }) { edges { node { scores { satisfaction { csat nps trend } } } } } }
            """, key);
        var scores = customer.GetProperty("customer").GetProperty("scores");
        Assert.False(string.IsNullOrEmpty(scores.GetProperty("rfm").GetProperty("segment").GetString()));
        Assert.False(string.IsNullOrEmpty(scores.GetProperty("tier").GetString()));
        Assert.InRange(scores.GetProperty("clv").GetProperty("probabilityAlive").GetDouble(), 0, 1);
        Assert.True(scores.GetProperty("clv").GetProperty("value").GetDouble() > 0);
        var surveyed = Assert.Single(customer.GetProperty("surveyed").GetProperty("edges").EnumerateArray());
        Assert.InRange(surveyed.GetProperty("node").GetProperty("scores").GetProperty("satisfaction").GetProperty("csat").GetDouble(), 0, 100);
    }

    public void Dispose() => _folder.Dispose();
}
