using System.Text.Json;

namespace Hub.Server.Tests;

/// <summary>
/// 'hub jobs' and 'hub checkpoint' beside a running 'hub serve' on the same data dir (they go through its API), and
/// 'hub runs show', with the real executable.
/// </summary>
public sealed class SyncControlEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public SyncControlEndToEndTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task A_pause_made_beside_a_running_hub_survives_its_restart_and_checkpoint_changes_are_audited()
    {
        var drop = Path.Combine(_folder.Path, "drop");
        Directory.CreateDirectory(drop);
        (await _hub.RunAsync("connectors", "add", "dropbox", "--plugin", "files", "--schedule", "0 0 3 * * ?", "--set", $"path={drop}")).AssertSuccess();

        await using (var first = await _hub.ServeAsync())
        {
            await WaitUntilReachableAsync();
            (await _hub.RunAsync("jobs", "pause", "dropbox")).AssertSuccess();
            Assert.Equal("paused", await StateOfAsync("dropbox"));
            // Only a serving hub can run a sync now: this shows the command went through it.
            (await _hub.RunAsync("jobs", "trigger", "dropbox")).AssertSuccess();
            // The trigger is stored at once and fired by the scheduler a moment later: let it run before stopping.
            Assert.Equal("api", await FirstRunTriggerAsync("dropbox"));
            await first.StopAsync();
        }

        await using var second = await _hub.ServeAsync();
        await WaitUntilReachableAsync();
        Assert.Equal("paused", await StateOfAsync("dropbox"));
        (await _hub.RunAsync("jobs", "resume", "dropbox")).AssertSuccess();
        Assert.Equal("normal", await StateOfAsync("dropbox"));
        Assert.Equal("api", await FirstRunTriggerAsync("dropbox"));

        (await _hub.RunAsync("checkpoint", "set", "dropbox", "file-7", "--reason", "skip a bad file")).AssertSuccess();
        (await _hub.RunAsync("checkpoint", "reset", "dropbox")).AssertSuccess();

        var shown = JsonDocument.Parse((await _hub.RunAsync("checkpoint", "show", "dropbox", "--json")).AssertSuccess().Stdout).RootElement;
        var changes = shown.GetProperty("changes");
        Assert.Equal(2, changes.GetArrayLength());
        Assert.Equal(("file-7", JsonValueKind.Null), (changes[0].GetProperty("oldValue").GetString(), changes[0].GetProperty("newValue").ValueKind));
        Assert.Equal("file-7", changes[1].GetProperty("newValue").GetString());
        Assert.Equal("skip a bad file", changes[1].GetProperty("reason").GetString());
        Assert.All(changes.EnumerateArray(), c => Assert.Equal($"cli:{Environment.UserName}", c.GetProperty("actor").GetString()));
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("checkpoint").ValueKind);
    }

    [Fact]
    public async Task Hub_sync_beside_a_serving_hub_is_run_by_the_hub_and_full_reads_everything_again()
    {
        var drop = Path.Combine(_folder.Path, "drop");
        Directory.CreateDirectory(drop);
        File.WriteAllText(Path.Combine(drop, "a.csv"), "source_id,full_name,email\na1,Ada Lovelace,ada@example.com\na2,Grace Hopper,grace@example.com\n");
        (await _hub.RunAsync("connectors", "add", "dropbox", "--plugin", "files", "--set", $"path={drop}")).AssertSuccess();

        await using var server = await _hub.ServeAsync();
        await WaitUntilReachableAsync();
        var synced = (await _hub.RunAsync("sync", "dropbox")).AssertSuccess();
        var again = (await _hub.RunAsync("sync", "dropbox", "--full")).AssertSuccess();

        Assert.Contains("Synced by the serving hub", synced.Stdout, StringComparison.Ordinal);
        Assert.Contains("Synced by the serving hub", again.Stdout, StringComparison.Ordinal);
        var runs = JsonDocument.Parse((await _hub.RunAsync("runs", "--connector", "dropbox", "--json")).AssertSuccess().Stdout).RootElement.EnumerateArray()
            .Select(r => (Trigger: r.GetProperty("trigger").GetString(), Read: r.GetProperty("counts").GetProperty("read").GetInt64(),
                Inserted: r.GetProperty("counts").GetProperty("inserted").GetInt64(), Unchanged: r.GetProperty("counts").GetProperty("unchanged").GetInt64()))
            .Reverse().ToList();
        // Run by the hub (recorded as an API trigger), one after the other, the second from the start.
        Assert.Equal([("api", 2L, 2L, 0L), ("api", 2L, 0L, 2L)], runs);
    }

    [Fact]
    public async Task A_second_serve_on_the_same_data_dir_is_refused_with_a_clear_message()
    {
        await using var first = await _hub.ServeAsync();

        var second = await _hub.RunAsync("serve", "--urls", "http://127.0.0.1:0");

        second.AssertUserError("already serving the data dir");
        Assert.Contains("hub jobs", second.Stderr, StringComparison.Ordinal);
        var healthy = await first.GetAsync("/healthz");
        Assert.True(healthy.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Without_a_running_hub_pause_and_schedule_change_the_store_and_mistakes_are_one_clear_line()
    {
        (await _hub.RunAsync("connectors", "add", "crm", "--plugin", "files", "--set", $"path={_folder.Path}")).AssertSuccess();

        (await _hub.RunAsync("jobs", "trigger", "crm")).AssertUserError("hub sync crm");
        (await _hub.RunAsync("jobs", "pause", "crm")).AssertUserError("has no schedule");
        (await _hub.RunAsync("jobs", "schedule", "crm", "every monday")).AssertUserError("Examples");
        (await _hub.RunAsync("jobs", "pause", "nope")).AssertUserError("no connector 'nope'");
        (await _hub.RunAsync("jobs", "pause")).AssertUserError("--all");

        (await _hub.RunAsync("jobs", "schedule", "crm", "30 4 * * *")).AssertSuccess();
        (await _hub.RunAsync("jobs", "pause", "--all")).AssertSuccess();
        Assert.Equal("paused", await StateOfAsync("crm"));
        Assert.Contains("0 30 4 * * ?", (await _hub.RunAsync("connectors", "list")).AssertSuccess().Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedules_are_read_in_the_time_zone_of_the_configuration_and_a_bad_setting_names_its_key()
    {
        Directory.CreateDirectory(_hub.DataDirectory);
        var settings = Path.Combine(_hub.DataDirectory, "hub.json");
        await File.WriteAllTextAsync(settings, """{ "Hub": { "Scheduling": { "TimeZoneId": "Asia/Shanghai" } } }""", TestContext.Current.CancellationToken);
        (await _hub.RunAsync("connectors", "add", "crm", "--plugin", "files", "--set", $"path={_folder.Path}")).AssertSuccess();
        (await _hub.RunAsync("jobs", "schedule", "crm", "30 4 * * *")).AssertSuccess();

        var jobs = JsonDocument.Parse((await _hub.RunAsync("jobs", "--json")).AssertSuccess().Stdout).RootElement;
        var crm = jobs.EnumerateArray().Single(j => j.GetProperty("connectorId").GetString() == "crm");
        Assert.Equal("Asia/Shanghai", crm.GetProperty("timeZoneId").GetString());
        // 04:30 in Shanghai is 20:30 UTC the day before.
        var next = crm.GetProperty("nextFireTime").GetDateTimeOffset().ToUniversalTime();
        Assert.Equal((20, 30), (next.Hour, next.Minute));

        await File.WriteAllTextAsync(settings, """{ "Hub": { "Scheduling": { "MisfireThreshold": "2h" } } }""", TestContext.Current.CancellationToken);
        (await _hub.RunAsync("jobs")).AssertUserError("Hub:Scheduling");
    }

    [Fact]
    public async Task Runs_show_prints_counts_duration_error_and_quarantined_rows()
    {
        var csv = _folder.Write("people.csv", SampleCsv.CustomersWithBadRows);
        (await _hub.RunAsync("import", "customers", csv, "--source", "crm")).AssertSuccess();

        var shown = (await _hub.RunAsync("runs", "show", "1")).AssertSuccess().Stdout;

        Assert.Contains("run 1: succeeded", shown, StringComparison.Ordinal);
        Assert.Contains("3 read: 2 new", shown, StringComparison.Ordinal);
        Assert.Matches(@"duration\s+\d+\.\d s", shown);
        Assert.Contains("error      -", shown, StringComparison.Ordinal);
        Assert.Contains("quarantined people.csv row 3: source_id is missing", shown, StringComparison.Ordinal);
        var json = JsonDocument.Parse((await _hub.RunAsync("runs", "show", "1", "--json")).AssertSuccess().Stdout).RootElement;
        Assert.Equal(1, json.GetProperty("run").GetProperty("counts").GetProperty("quarantined").GetInt32());
        (await _hub.RunAsync("runs", "show", "99")).AssertUserError("no run 99");
        (await _hub.RunAsync("runs", "--outcome", "finished")).AssertUserError("not an outcome");
    }

    public void Dispose() => _folder.Dispose();

    // What started the connector's latest run, waiting up to 30 s for one to be recorded.
    private async Task<string?> FirstRunTriggerAsync(string connector)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var runs = JsonDocument.Parse((await _hub.RunAsync("runs", "--connector", connector, "--json")).AssertSuccess().Stdout).RootElement;
            if (runs.GetArrayLength() > 0) return runs[0].GetProperty("trigger").GetString();
            if (DateTime.UtcNow > deadline) Assert.Fail($"no run of {connector} was recorded within 30 s");
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
    }

    private async Task<string?> StateOfAsync(string connector)
    {
        var jobs = JsonDocument.Parse((await _hub.RunAsync("jobs", "--json")).AssertSuccess().Stdout).RootElement;
        return jobs.EnumerateArray().Single(j => j.GetProperty("connectorId").GetString() == connector).GetProperty("state").GetString();
    }

    // The hub answers /healthz a moment before it has written serve.json and its key for the command line.
    private async Task WaitUntilReachableAsync()
    {
        var info = Path.Combine(_hub.DataDirectory, "serve.json");
        for (var i = 0; i < 100 && !File.Exists(info); i++) await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.True(File.Exists(info), "hub serve wrote no serve.json");
    }
}
