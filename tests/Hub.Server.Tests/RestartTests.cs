using System.Text.Json;

namespace Hub.Server.Tests;

/// <summary>A hub that is stopped and started again keeps its data, its connectors and their schedules.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public RestartTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task A_scheduled_folder_connector_syncs_dropped_files_before_and_after_a_restart()
    {
        var drop = Path.Combine(_folder.Path, "drop");
        Directory.CreateDirectory(drop);
        (await _hub.RunAsync("connectors", "add", "dropbox", "--plugin", "files", "--schedule", "* * * * * ?", "--set", $"path={drop}")).AssertSuccess();
        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;

        await using (var first = await _hub.ServeAsync())
        {
            File.WriteAllText(Path.Combine(drop, "a.csv"), "source_id,full_name,email\na1,Ada Lovelace,ada@example.com\na2,Ada L.,ADA@example.com\n");
            Assert.Equal(1, await first.WaitForCustomerCountAsync(key, expected: 1));
            await first.StopAsync();
        }

        var runsBefore = RunIds((await _hub.RunAsync("runs", "--connector", "dropbox", "--json")).AssertSuccess().Stdout);
        Assert.NotEmpty(runsBefore);

        var listed = (await _hub.RunAsync("connectors", "list")).AssertSuccess().Stdout;
        Assert.Contains("dropbox", listed, StringComparison.Ordinal);
        Assert.Contains("* * * * * ?", listed, StringComparison.Ordinal);

        await using var second = await _hub.ServeAsync();
        Assert.Equal(1, await second.WaitForCustomerCountAsync(key, expected: 1));
        // The run history outlives the restart.
        Assert.Subset(RunIds((await _hub.RunAsync("runs", "--connector", "dropbox", "--limit", "1000", "--json")).AssertSuccess().Stdout), runsBefore);
        File.WriteAllText(Path.Combine(drop, "b.csv"), "source_id,full_name,email\nb1,Grace Hopper,grace@example.com\n");
        Assert.Equal(2, await second.WaitForCustomerCountAsync(key, expected: 2));
    }

    private static HashSet<long> RunIds(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(run => run.GetProperty("id").GetInt64()).ToHashSet();

    public void Dispose() => _folder.Dispose();
}
