using Hub.Server.Tests;

namespace Hub.Server.Durability.Tests;

/// <summary>
/// An embedded (SQLite) hub filled through its own commands, with rows in every table of the hub's data: the demo's four
/// channels synced, resolved and mined, plus a quarantined row, a merge, an override, an erasure, an operator's checkpoint
/// change, a scheduled connector (paused) and an API key. Built once for the tests that copy it, which only read it.
/// </summary>
public sealed class FilledHub : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    private readonly HubProcess _hub;

    public FilledHub() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    /// <summary>The hub's data dir (commands run there with <c>new HubProcess(DataDirectory)</c>).</summary>
    public string DataDirectory => _hub.DataDirectory;

    public string DatabasePath => Path.Combine(DataDirectory, "hub.db");

    /// <summary>The customer given an e-mail override.</summary>
    public string Overridden { get; private set; } = "";

    /// <summary>A customer made of two merged ones.</summary>
    public string Merged { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        (await _hub.RunAsync(TimeSpan.FromMinutes(4), "demo", "--no-serve")).AssertSuccess();
        (await _hub.RunAsync("import", "customers", _folder.Write("crm.csv", SampleCsv.Customers), "--source", "crm")).AssertSuccess();
        (await _hub.RunAsync("import", "customers", _folder.Write("bad.csv", SampleCsv.CustomersWithBadRows), "--source", "crm-bad")).AssertSuccess();
        (await _hub.RunAsync("resolve")).AssertSuccess();
        var clusters = await ClustersAsync(_hub, _folder.Path);

        // Ada and Grace are two customers until an operator says otherwise; the larger part keeps its id.
        (await _hub.RunAsync("merge", clusters["crm:c1"], clusters["crm:c5"], "--reason", "one person, two names")).AssertSuccess();
        Merged = clusters["crm:c1"];
        Overridden = clusters["crm:c3"];
        (await _hub.RunAsync("customer", "set", Overridden, "email=wang.wei@example.cn", "--reason", "customer called")).AssertSuccess();
        (await _hub.RunAsync("forget", clusters["crm-bad:k1"], "--reason", "request REQ-1")).AssertSuccess();
        (await _hub.RunAsync("checkpoint", "set", "shop", "42", "--reason", "replay")).AssertSuccess();
        (await _hub.RunAsync("connectors", "add", "dropbox", "--plugin", "files", "--set", "path=" + Path.Combine(_folder.Path, "in"), "--schedule", "*/5 * * * *")).AssertSuccess();
        (await _hub.RunAsync("jobs", "pause", "dropbox")).AssertSuccess();
        (await _hub.RunAsync("apikey", "create", "--role", "admin", "--pii", "--expires", "2099-01-31")).AssertSuccess();
    }

    /// <summary>"source:source_id" to the customer id, from <c>hub export clusters</c> of <paramref name="hub"/> with <paramref name="extra"/> options.</summary>
    internal static async Task<Dictionary<string, string>> ClustersAsync(HubProcess hub, string folder, params string[] extra)
    {
        var path = Path.Combine(folder, "clusters-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        (await hub.RunAsync(["export", "clusters", path, .. extra])).AssertSuccess();
        return File.ReadAllLines(path).Skip(1).Select(line => line.Split(',')).ToDictionary(r => r[0] + ":" + r[1], r => r[2]);
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
