using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Identity;
using Hub.Pipeline.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Pipeline.Tests;

/// <summary>Connector syncs over real HTTP into a real SQLite file: retries, permanent failures, the run timeout, log scopes.</summary>
public sealed class SyncRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_source_that_drops_the_connection_twice_then_answers_gives_one_succeeded_run_with_two_retries_and_each_record_once()
    {
        await using var source = (await PagedSource.StartAsync(customers: 7, pageSize: 3)).Then(SourceFault.None, SourceFault.DropMidBody, SourceFault.DropMidBody);
        await using var hub = await SyncHub.StartAsync(source);

        var run = await hub.SyncAsync(Ct);

        Assert.Equal((RunOutcome.Succeeded, 2), (run.Outcome, run.Retries));
        Assert.NotNull(run.RetryError);
        Assert.Null(run.Error);
        Assert.Equal((7L, 7L, 0L), (run.Counts.Read, run.Counts.Inserted, run.Counts.Unchanged));
        var stored = Assert.Single(await hub.Store.ListRunsAsync(SyncHub.ConnectorId, 10, Ct));
        Assert.Equal((run.Id, RunOutcome.Succeeded, 2), (stored.Id, stored.Outcome, stored.Retries));
        // Each retry resumed from the last committed page, not from the start.
        Assert.Equal([0, 3, 3, 3, 6, 7], source.Requests);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"c{i}").Order(), await hub.StoredCustomerIdsAsync());
    }

    [Fact]
    public async Task A_scheduled_sync_fired_by_quartz_that_fails_transiently_twice_ends_as_one_succeeded_scheduled_run_with_two_retries()
    {
        await using var source = (await PagedSource.StartAsync(customers: 7, pageSize: 3)).Then(SourceFault.None, SourceFault.DropMidBody, SourceFault.DropMidBody);
        await using var hub = await SyncHub.StartAsync(source, schedule: "0/1 * * * * ?");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<SyncRun> runs;
        while ((runs = await hub.Store.ListRunsAsync(SyncHub.ConnectorId, 10, Ct)).All(r => r.Outcome == RunOutcome.Running) && DateTime.UtcNow < deadline)
            await Task.Delay(50, Ct);

        Assert.NotEmpty(runs);
        var first = runs.MinBy(r => r.Id)!;
        Assert.Equal(("schedule", RunOutcome.Succeeded, 2), (first.Trigger, first.Outcome, first.Retries));
        Assert.Equal((7L, 7L), (first.Counts.Read, first.Counts.Inserted));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"c{i}").Order(), await hub.StoredCustomerIdsAsync());
    }

    [Fact]
    public async Task A_refused_token_fails_the_run_at_once_with_a_message_naming_the_setting_to_fix()
    {
        await using var source = await PagedSource.StartAsync(customers: 7, pageSize: 3);
        await using var hub = await SyncHub.StartAsync(source, token: "expired-token");

        var run = await hub.SyncAsync(Ct);

        Assert.Equal((RunOutcome.Failed, 0), (run.Outcome, run.Retries));
        Assert.Contains("refused the credentials (HTTP 401)", run.Error, StringComparison.Ordinal);
        Assert.Contains("secret setting 'token'", run.Error, StringComparison.Ordinal);
        Assert.Contains("hub connectors check shop", run.Error, StringComparison.Ordinal);
        Assert.Single(source.Requests);
    }

    [Fact]
    public async Task A_source_that_keeps_failing_fails_the_run_after_the_retry_limit_with_the_last_error_and_keeps_what_it_committed()
    {
        await using var source = (await PagedSource.StartAsync(customers: 7, pageSize: 3))
            .Then(SourceFault.None, SourceFault.DropMidBody, SourceFault.DropMidBody, SourceFault.DropMidBody, SourceFault.DropMidBody);
        await using var hub = await SyncHub.StartAsync(source, maxRetries: 2);

        var run = await hub.SyncAsync(Ct);

        Assert.Equal((RunOutcome.Failed, 2), (run.Outcome, run.Retries));
        Assert.Contains("still there after 2 retries", run.Error, StringComparison.Ordinal);
        Assert.Contains("hub sync shop", run.Error, StringComparison.Ordinal);
        Assert.Equal(3L, run.Counts.Inserted);
        Assert.Equal([0, 3, 3, 3], source.Requests);
        Assert.Equal("3", (await hub.Store.GetCheckpointAsync(SyncHub.ConnectorId, Ct)).Value);
    }

    [Fact]
    public async Task A_run_longer_than_its_timeout_is_stopped_and_recorded_as_timed_out_with_its_committed_batches_kept()
    {
        await using var source = (await PagedSource.StartAsync(customers: 7, pageSize: 3)).Then(SourceFault.None, SourceFault.Hang);
        var clock = new FakeTimeProvider();
        await using var hub = await SyncHub.StartAsync(source, runTimeout: TimeSpan.FromMinutes(30), clock: clock);

        var sync = hub.SyncAsync(Ct);
        await source.Hanging.WaitAsync(Ct);
        // The first page is read ahead of its commit; the clock moves once it is committed.
        while ((await hub.Store.GetCheckpointAsync(SyncHub.ConnectorId, Ct)).Value != "3") await Task.Delay(10, Ct);
        clock.Advance(TimeSpan.FromMinutes(30));
        var run = await sync;

        Assert.Equal(RunOutcome.TimedOut, run.Outcome);
        Assert.StartsWith("stopped after 00:30:00, the run timeout", run.Error, StringComparison.Ordinal);
        Assert.Contains("Hub:Sync:RunTimeout", run.Error, StringComparison.Ordinal);
        Assert.Equal(3L, run.Counts.Inserted);
        Assert.Equal("3", (await hub.Store.GetCheckpointAsync(SyncHub.ConnectorId, Ct)).Value);

        var next = await hub.SyncAsync(Ct);
        Assert.Equal((RunOutcome.Succeeded, 4L), (next.Outcome, next.Counts.Inserted));
    }

    [Fact]
    public async Task A_source_that_stops_answering_fails_the_run_after_the_call_timeout_without_retries_keeping_what_it_committed()
    {
        await using var source = (await PagedSource.StartAsync(customers: 7, pageSize: 3)).Then(SourceFault.None, SourceFault.Hang);
        await using var hub = await SyncHub.StartAsync(source, maxRetries: 3, callTimeout: TimeSpan.FromSeconds(1));

        var run = await hub.SyncAsync(Ct);

        Assert.Equal((RunOutcome.Failed, 0, 3L), (run.Outcome, run.Retries, run.Counts.Inserted));
        Assert.StartsWith("the connector did not return its next batch within 00:00:01, its call timeout", run.Error, StringComparison.Ordinal);
        Assert.Contains("Hub:Sync:Connectors:shop:CallTimeout", run.Error, StringComparison.Ordinal);
        Assert.Equal("3", (await hub.Store.GetCheckpointAsync(SyncHub.ConnectorId, Ct)).Value);
    }

    [Fact]
    public async Task A_check_that_gets_no_answer_within_the_call_timeout_fails_saying_so()
    {
        await using var source = (await PagedSource.StartAsync(customers: 3, pageSize: 3)).Then(SourceFault.Hang);
        await using var hub = await SyncHub.StartAsync(source, callTimeout: TimeSpan.FromSeconds(1));
        var connectors = hub.Services.GetRequiredService<Connectors.ConnectorService>();

        var hung = await connectors.CheckAsync(SyncHub.ConnectorId, Ct);
        var answered = await connectors.CheckAsync(SyncHub.ConnectorId, Ct);

        Assert.False(hung.Ok);
        Assert.StartsWith("the connector did not answer the check within 00:00:01, its call timeout", hung.Message, StringComparison.Ordinal);
        Assert.True(answered.Ok, answered.Message);
    }

    [Fact]
    public async Task Every_line_logged_during_a_run_by_the_hub_and_the_plugin_carries_the_run_id_and_connector_id()
    {
        await using var source = (await PagedSource.StartAsync(customers: 4, pageSize: 3)).Then(SourceFault.None, SourceFault.DropMidBody);
        await using var hub = await SyncHub.StartAsync(source);

        var run = await hub.SyncAsync(Ct);

        var lines = hub.Logs.Lines.ToList();
        Assert.All(lines, line => Assert.Equal((run.Id, "shop"), (line.Scope["RunId"], line.Scope["ConnectorId"])));
        Assert.Contains(lines, line => line.Category == "Hub.Connector.pages");
        Assert.Contains(lines, line => line.Message.Contains("failed transiently", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Message.StartsWith("Resolved ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Message.Contains("ended Succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resolution_that_fails_after_a_sync_leaves_the_run_succeeded_and_keeps_the_resolution_error_on_it()
    {
        await using var source = await PagedSource.StartAsync(customers: 4, pageSize: 3);
        await using var hub = await SyncHub.StartAsync(source, resolver: new FailingResolver());

        var run = await hub.SyncAsync(Ct);

        Assert.Equal((RunOutcome.Succeeded, 4L), (run.Outcome, run.Counts.Inserted));
        Assert.Contains("identity resolution after this sync failed: the model file is damaged", run.ResolutionError, StringComparison.Ordinal);
        Assert.Equal(run.ResolutionError, (await hub.Store.GetRunAsync(run.Id, Ct))!.ResolutionError);
        Assert.Contains(hub.Logs.Lines, line => line.Level == Microsoft.Extensions.Logging.LogLevel.Error && line.Scope.ContainsKey("RunId"));
    }

    [Fact]
    public async Task A_stopping_hub_leaves_the_resolution_after_a_sync_for_later_and_says_so_on_the_run()
    {
        await using var source = await PagedSource.StartAsync(customers: 4, pageSize: 3);
        await using var hub = await SyncHub.StartAsync(source, resolver: new FailingResolver());
        var synced = await hub.SyncAsync(Ct);

        hub.Services.GetRequiredService<SyncDrain>().Request();
        var run = await hub.Services.GetRequiredService<ResolutionAfterSync>().ResolveAsync(synced with { ResolutionError = null }, Ct);

        // Not attempted (the resolver would have failed): the hub was stopping.
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Contains("left for later because the hub was shutting down", run.ResolutionError, StringComparison.Ordinal);
        Assert.Equal(run.ResolutionError, (await hub.Store.GetRunAsync(run.Id, Ct))!.ResolutionError);
    }

    [Fact]
    public async Task A_sync_whose_plugin_is_replaced_stops_at_its_next_checkpoint_and_goes_on_in_a_new_run_with_the_new_version()
    {
        await using var source = await PagedSource.StartAsync(customers: 9, pageSize: 3);
        await using var hub = await SyncHub.StartAsync(source);
        PagedSourceConnector? replacement = null;
        // The plugin is rebuilt and loaded once the run has committed its first page.
        var progress = new ReportedAt(_ => replacement ??= hub.ReplacePlugin());

        var last = await hub.Services.GetRequiredService<ISyncRunner>().SyncAsync(SyncHub.ConnectorId, "test", full: false, progress, Ct);

        var runs = (await hub.Store.ListRunsAsync(SyncHub.ConnectorId, 10, Ct)).OrderBy(r => r.Id).ToList();
        Assert.Equal([(RunOutcome.Cancelled, "test", 3L), (RunOutcome.Succeeded, "plugin-reload", 6L)],
            runs.Select(r => (r.Outcome, r.Trigger, r.Counts.Inserted)));
        Assert.Contains("a new version of its plugin was loaded", runs[0].Error, StringComparison.Ordinal);
        Assert.Equal(runs[1].Id, last.Id);
        // The rest was read by the new version, and the old one was let go.
        Assert.Equal(2, replacement!.BatchesRead);
        Assert.Equal(0, hub.LeasesOnReplacedVersions);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"c{i}").Order(), await hub.StoredCustomerIdsAsync());
        // Whoever follows the sync from its first run (hub sync beside a serving hub) is led to the run it ended with.
        var current = ContinuedRuns.Current(runs[0], runs);
        Assert.Equal(last.Id, current.Id);
        Assert.True(ContinuedRuns.HasEnded(current));
        Assert.False(ContinuedRuns.HasEnded(runs[0]));
    }

    private sealed class ReportedAt(Action<RunCounts> report) : IProgress<RunCounts>
    {
        public void Report(RunCounts value) => report(value);
    }

    /// <summary>Stands in for a resolution that breaks; the sync before it is real.</summary>
    private sealed class FailingResolver : IIdentityResolver
    {
        public ResolutionOutcome Resolve(ResolutionRequest request) => throw new InvalidOperationException("the model file is damaged");
    }
}
