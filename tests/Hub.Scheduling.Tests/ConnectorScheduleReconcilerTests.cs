using Quartz;

namespace Hub.Scheduling.Tests;

public sealed class ConnectorScheduleReconcilerTests
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_connector_added_while_the_hub_runs_is_scheduled_and_synced()
    {
        await using var hub = TestHub.Create();
        var store = new InMemoryConnectorStore();
        var runner = new RecordingSyncRunner();
        await hub.StartAsync(store, runner);

        store.Put(Some.Connector("added-later", Some.EverySecond));

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Any(c => c.ConnectorId == "added-later"), FewSeconds));
    }

    [Fact]
    public async Task A_removed_connector_loses_its_job_and_an_unscheduled_one_keeps_a_job_without_trigger()
    {
        await using var hub = TestHub.Create();
        var store = new InMemoryConnectorStore(
            Some.Connector("removed", "0 0 3 * * ?"),
            Some.Connector("unscheduled", "0 0 4 * * ?"),
            Some.Connector("kept", "0 0 5 * * ?"));
        var host = await hub.StartAsync(store, new RecordingSyncRunner());
        var scheduler = await TestHub.SchedulerOf(host);
        Assert.True(await Eventually.TrueAsync(async () => (await TestHub.SchedulesOf(host)).Count == 3, FewSeconds));

        await store.RemoveAsync("removed", TestContext.Current.CancellationToken);
        store.Put(Some.Connector("unscheduled", schedule: null));

        Assert.True(await Eventually.TrueAsync(async () => (await TestHub.SchedulesOf(host)).Count == 1, FewSeconds));
        Assert.Equal("kept", Assert.Single(await TestHub.SchedulesOf(host)).ConnectorId);
        // The reconciler drops a trigger and then its job: under load the listing can see the first step before the second.
        Assert.True(await Eventually.TrueAsync(async () =>
            await scheduler.GetJobDetail(ConnectorJobs.JobKeyFor("removed"), TestContext.Current.CancellationToken) is null, FewSeconds));
        // Kept so that an operator can still trigger it by hand.
        Assert.NotNull(await scheduler.GetJobDetail(ConnectorJobs.JobKeyFor("unscheduled"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_changed_cron_replaces_the_trigger_and_keeps_an_operators_pause()
    {
        await using var hub = TestHub.Create();
        var store = new InMemoryConnectorStore(Some.Connector("crm", "0 0 3 * * ?"));
        var host = await hub.StartAsync(store, new RecordingSyncRunner());
        var scheduler = await TestHub.SchedulerOf(host);
        Assert.True(await Eventually.TrueAsync(async () => (await TestHub.SchedulesOf(host)).Count == 1, FewSeconds));
        await scheduler.PauseTrigger(ConnectorJobs.TriggerKeyFor("crm"), TestContext.Current.CancellationToken);

        store.Put(Some.Connector("crm", "30 4 * * *"));

        Assert.True(await Eventually.TrueAsync(async () => (await TestHub.SchedulesOf(host)).Single().Cron == "0 30 4 * * ?", FewSeconds));
        var schedule = Assert.Single(await TestHub.SchedulesOf(host));
        Assert.Equal(ScheduleState.Paused, schedule.State);
        Assert.Equal(new TimeOnly(4, 30), TimeOnly.FromTimeSpan(schedule.NextFireTime!.Value.UtcDateTime.TimeOfDay));
    }

    [Fact]
    public async Task A_connector_with_an_unreadable_schedule_is_reported_and_does_not_block_the_others()
    {
        await using var hub = TestHub.Create();
        var store = new InMemoryConnectorStore(Some.Connector("broken", "every monday"), Some.Connector("fine", Some.EverySecond));
        var runner = new RecordingSyncRunner();
        var host = await hub.StartAsync(store, runner);

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Any(c => c.ConnectorId == "fine"), FewSeconds));
        Assert.DoesNotContain(await TestHub.SchedulesOf(host), s => s.ConnectorId == "broken");
        var report = Assert.Single(hub.Logs.Entries, e => e.Message.Contains("broken"));
        Assert.Contains("every monday", report.Message);
    }

    [Fact]
    public async Task The_schedule_list_shows_cron_fire_times_and_state()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner();
        var host = await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("shop", "*/5 * * * *"), Some.Connector("app", Some.EverySecond)), runner);
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Any(c => c.ConnectorId == "app"), FewSeconds));

        var schedules = await TestHub.SchedulesOf(host);

        Assert.Equal(["app", "shop"], schedules.Select(s => s.ConnectorId));
        var app = schedules[0];
        Assert.Equal(Some.EverySecond, app.Cron);
        Assert.Equal("UTC", app.TimeZoneId);
        Assert.NotNull(app.PreviousFireTime);
        Assert.True(app.NextFireTime > app.PreviousFireTime);
        var shop = schedules[1];
        Assert.Equal("0 */5 * * * ?", shop.Cron);
        Assert.Null(shop.PreviousFireTime);
        Assert.Equal(0, shop.NextFireTime!.Value.Minute % 5);
        Assert.Equal(ScheduleState.Normal, shop.State);
    }
}
