namespace Hub.Server.Tests;

/// <summary>
/// A running hub resolves each sync's new records against its kept state; a full resolution afterwards, from the command
/// line, must find nothing to change: same customers, same ids.
/// </summary>
public sealed class IncrementalResolutionEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public IncrementalResolutionEndToEndTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task Records_synced_into_a_running_hub_end_in_the_customers_a_full_resolution_gives_them()
    {
        var drop = Path.Combine(_folder.Path, "drop");
        Directory.CreateDirectory(drop);
        (await _hub.RunAsync("connectors", "add", "dropbox", "--plugin", "files", "--schedule", "* * * * * ?", "--set", $"path={drop}")).AssertSuccess();
        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;

        await using (var hub = await _hub.ServeAsync())
        {
            // Forty more people, so that the arrivals below grow the records by less than the quarter that has a young
            // model estimated again (and every record resolved again).
            File.WriteAllText(Path.Combine(drop, "a.csv"), SampleCsv.Customers + Strangers(40));
            Assert.Equal(43, await hub.WaitForCustomerCountAsync(key, expected: 43));
            // Ada again under a new id, Wang Wei with his e-mail, and a newcomer: two join, one is new.
            File.WriteAllText(Path.Combine(drop, "b.csv"),
                "source_id,full_name,email,phone,country,birth_date\n" +
                "c6,Augusta Ada King,ada@example.com,,GB,1815-12-10\n" +
                "c7,WANG Wei,wang@example.cn,+86-138-0013-8000,CN,\n" +
                "c8,Katherine Johnson,kj@example.com,,US,1918-08-26\n");
            Assert.Equal(44, await hub.WaitForCustomerCountAsync(key, expected: 44));
            // A correction: Grace's record moves to the newcomer's e-mail, which joins them.
            File.WriteAllText(Path.Combine(drop, "c.csv"), "source_id,full_name,email,phone,country,birth_date\nc5,Katherine Johnson,kj@example.com,,US,1918-08-26\n");
            Assert.Equal(43, await hub.WaitForCustomerCountAsync(key, expected: 43));
            await hub.StopAsync();
        }

        var incremental = await ClustersAsync();
        var ada = incremental["c1"];
        Assert.Equal((ada, ada), (incremental["c2"], incremental["c6"]));
        Assert.Equal(incremental["c3"], incremental["c7"]);
        Assert.Equal(incremental["c5"], incremental["c8"]);

        (await _hub.RunAsync("resolve", "--full")).AssertSuccess();
        Assert.Equal(incremental, await ClustersAsync());
    }

    private static string Strangers(int count)
    {
        string[] given = ["Olu", "Mirela", "Tadeusz", "Ingrid", "Ramon", "Yuki", "Femi", "Sanna"];
        string[] family = ["Abernathy", "Brannigan", "Castellanos", "Dvorak", "Eriksen"];
        return string.Concat(Enumerable.Range(0, count).Select(i =>
            $"s{i},{given[i % given.Length]} {family[i / given.Length]},s{i}@example.org,,US,\n"));
    }

    private async Task<Dictionary<string, string>> ClustersAsync()
    {
        var path = Path.Combine(_folder.Path, "clusters.csv");
        (await _hub.RunAsync("export", "clusters", path)).AssertSuccess();
        return File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[1], r => r[2]);
    }

    public void Dispose() => _folder.Dispose();
}
