namespace Hub.Server.Tests;

/// <summary>How the real executable tells an operator about a sync that cannot succeed.</summary>
public sealed class SyncFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public SyncFailureTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task A_sync_whose_source_vanished_fails_at_once_and_its_log_lines_name_the_run_and_connector()
    {
        var csv = _folder.Write("customers.csv", SampleCsv.Customers);
        (await _hub.RunAsync("connectors", "add", "drop", "--plugin", "files", "--set", $"path={csv}")).AssertSuccess();
        File.Delete(csv);

        var sync = await _hub.RunAsync("sync", "drop");

        sync.AssertUserError("Synced failed (run 1)");
        Assert.Contains("=> run 1 of connector drop", sync.Stderr, StringComparison.Ordinal);
        Assert.Contains("not retried", sync.Stderr, StringComparison.Ordinal);
        var runs = (await _hub.RunAsync("runs", "--connector", "drop")).AssertSuccess().Stdout;
        Assert.Contains("failed", runs, StringComparison.Ordinal);
        Assert.DoesNotContain("retried", runs, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
