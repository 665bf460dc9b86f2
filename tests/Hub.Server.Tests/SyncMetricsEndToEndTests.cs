namespace Hub.Server.Tests;

/// <summary>The sync meter of a real <c>hub serve</c>, scraped from <c>/metrics</c> after a scheduled sync.</summary>
public sealed class SyncMetricsEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public SyncMetricsEndToEndTests() => _hub = new HubProcess(Path.Combine(_folder.Path, "data"));

    [Fact]
    public async Task A_scheduled_sync_shows_in_metrics_with_its_records_outcome_duration_quarantine_and_the_resolution_after_it()
    {
        // The five good rows, and one without its id that is quarantined.
        var csv = _folder.Write("customers.csv", SampleCsv.Customers + ",No Id,noid@example.com,,US,\n");
        (await _hub.RunAsync("connectors", "add", "drop", "--plugin", "files", "--schedule", "0/2 * * * * ?", "--set", $"path={csv}")).AssertSuccess();
        await using var server = await _hub.ServeAsync();

        var text = await ScrapeUntilAsync(server, "hub_sync_runs_total{", TimeSpan.FromSeconds(60));

        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("hub_sync_runs_total{", StringComparison.Ordinal)
            && l.Contains("connector=\"drop\"", StringComparison.Ordinal) && l.Contains("outcome=\"succeeded\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("hub_sync_records_total{", StringComparison.Ordinal)
            && l.Contains("result=\"inserted\"", StringComparison.Ordinal) && l.EndsWith(" 5", StringComparison.Ordinal));
        Assert.Contains("hub_sync_run_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("hub_quarantine_items_total{", StringComparison.Ordinal)
            && l.Contains("connector=\"drop\"", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains("hub_resolution_duration_seconds_count{", text, StringComparison.Ordinal);
    }

    // A scheduled sync fires within seconds of the hub's start, and its resolution follows; metrics show both once done.
    private static async Task<string> ScrapeUntilAsync(RunningHub server, string expected, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            using var response = await server.GetAsync("/metrics");
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (text.Contains(expected, StringComparison.Ordinal) && text.Contains("hub_resolution_duration_seconds", StringComparison.Ordinal)) return text;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"/metrics did not show {expected} within {limit}:\n{text}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _folder.Dispose();
}
