using Hub.Core;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Scheduling.Tests;

public sealed class SyncControlTests
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(15);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pause_stops_a_schedule_from_firing_and_resume_starts_it_again()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner();
        var host = await hub.StartWithStoreAsync(runner);
        var control = Control(host);
        await AddAsync(host, "crm", Some.EverySecond);
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 1, FewSeconds));

        var paused = Assert.Single(await control.PauseAsync("crm", Token));
        Assert.Equal(SyncJobState.Paused, paused.State);
        // A firing the scheduler had already taken on may still start; after that, nothing.
        await Task.Delay(1500, Token);
        var callsWhenPaused = runner.Calls.Count;
        await Task.Delay(2500, Token);
        Assert.Equal(callsWhenPaused, runner.Calls.Count);

        // Every second, a resumed job may already be running when the answer is read; it is no longer paused either way.
        Assert.Contains(Assert.Single(await control.ResumeAsync("crm", Token)).State, new[] { SyncJobState.Normal, SyncJobState.Running });
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count > callsWhenPaused, FewSeconds));
    }

    [Fact]
    public async Task Resume_all_after_pause_all_also_unpauses_a_connector_added_in_between()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner();
        var host = await hub.StartWithStoreAsync(runner);
        var control = Control(host);
        await AddAsync(host, "first", "0 0 3 * * ?");

        await control.PauseAsync(connectorId: null, Token);
        await AddAsync(host, "added-while-paused", Some.EverySecond);

        // The store remembers the group's pause, so the new connector's trigger starts paused.
        Assert.True(await Eventually.TrueAsync(async () => (await control.GetJobAsync("added-while-paused", Token)).State == SyncJobState.Paused, FewSeconds));
        await Task.Delay(1500, Token);
        Assert.DoesNotContain(runner.Calls, c => c.ConnectorId == "added-while-paused");

        var resumed = await control.ResumeAsync(connectorId: null, Token);
        Assert.All(resumed, job => Assert.NotEqual(SyncJobState.Paused, job.State));
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Any(c => c.ConnectorId == "added-while-paused"), FewSeconds));

        // And the pause is forgotten: a connector added now starts unpaused.
        await AddAsync(host, "added-after", "0 0 4 * * ?");
        Assert.True(await Eventually.TrueAsync(async () => (await control.GetJobAsync("added-after", Token)).NextFireTime is not null
            && (await control.GetJobAsync("added-after", Token)).State == SyncJobState.Normal, FewSeconds));
    }

    [Fact]
    public async Task Triggering_a_connector_without_a_schedule_runs_it_once()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner();
        var host = await hub.StartWithStoreAsync(runner);
        var control = Control(host);
        await AddAsync(host, "manual", schedule: null);

        var job = Assert.Single(await control.TriggerAsync("manual", full: false, Token));
        Assert.Null(job.Cron);

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count == 1, FewSeconds));
        await Task.Delay(1500, Token);
        var call = Assert.Single(runner.Calls);
        Assert.Equal(("manual", "api"), (call.ConnectorId, call.Trigger));
    }

    [Fact]
    public async Task A_new_schedule_is_stored_with_the_connector_and_a_bad_one_is_refused_with_examples()
    {
        await using var hub = TestHub.Create();
        var host = await hub.StartWithStoreAsync(new RecordingSyncRunner());
        var control = Control(host);
        await AddAsync(host, "crm", "0 0 3 * * ?");

        var job = await control.SetScheduleAsync("crm", "30 4 * * *", Token);

        Assert.Equal("0 30 4 * * ?", job.Cron);
        Assert.Equal(new TimeOnly(4, 30), TimeOnly.FromTimeSpan(job.NextFireTime!.Value.UtcDateTime.TimeOfDay));
        Assert.Equal("0 30 4 * * ?", (await host.Services.GetRequiredService<IConnectorStore>().GetAsync("crm", Token))!.Schedule);
        var refused = await Assert.ThrowsAsync<UserFacingException>(() => control.SetScheduleAsync("crm", "every monday", Token));
        Assert.Contains("Examples", refused.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<UserFacingException>(() => control.SetScheduleAsync("nope", "@hourly", Token));
        Assert.Contains("no connector 'nope'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setting_a_checkpoint_waits_for_a_running_sync_and_is_audited()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner { Duration = TimeSpan.FromSeconds(1.5) };
        var host = await hub.StartWithStoreAsync(runner, options => options.CheckpointWaitTimeout = TimeSpan.FromSeconds(20));
        var control = Control(host);
        await AddAsync(host, "crm", "0 0 3 * * ?");
        await control.TriggerAsync("crm", full: false, Token);
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count == 1, FewSeconds));

        var change = await control.SetCheckpointAsync("crm", "cursor-42", "cli:ann", "re-read from 42", Token);

        Assert.True(change.ChangedAt >= runner.Calls.Single().At + runner.Duration - TimeSpan.FromMilliseconds(50), "the checkpoint was written while the sync ran");
        Assert.Equal((null, "cursor-42", "cli:ann", "re-read from 42"), (change.OldValue, change.NewValue, change.Actor, change.Reason));
        var checkpoints = host.Services.GetRequiredService<ICheckpointStore>();
        Assert.Equal("cursor-42", (await checkpoints.GetAsync("crm", Token))!.Value);
        // The schedule was held only while waiting.
        Assert.Equal(SyncJobState.Normal, (await control.GetJobAsync("crm", Token)).State);
    }

    [Fact]
    public async Task Setting_a_checkpoint_is_refused_when_a_running_sync_does_not_end_in_time()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner { Duration = TimeSpan.FromSeconds(30) };
        var host = await hub.StartWithStoreAsync(runner, options => options.CheckpointWaitTimeout = TimeSpan.FromMilliseconds(500));
        var control = Control(host);
        await AddAsync(host, "crm", "0 0 3 * * ?");
        await control.TriggerAsync("crm", full: false, Token);
        Assert.True(await Eventually.TrueAsync(async () => (await control.GetJobAsync("crm", Token)).State == SyncJobState.Running, FewSeconds));

        var refused = await Assert.ThrowsAsync<UserFacingException>(() => control.SetCheckpointAsync("crm", "x", "cli:ann", null, Token));

        Assert.Contains("still running", refused.Message, StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<ICheckpointStore>().GetAsync("crm", Token));
        Assert.Empty(await host.Services.GetRequiredService<ICheckpointStore>().ListChangesAsync("crm", 10, Token));
    }

    private static ISyncControl Control(IHost host) => host.Services.GetRequiredService<ISyncControl>();

    private static async Task AddAsync(IHost host, string id, string? schedule)
    {
        Assert.True(await host.Services.GetRequiredService<IConnectorStore>().AddAsync(Some.Connector(id, schedule), Token));
        // What 'hub connectors add' leaves to the reconciler happens at once here, so tests need not wait a round.
        await host.Services.GetRequiredService<ConnectorScheduleReconciler>().ReconcileAsync(Token);
    }
}
