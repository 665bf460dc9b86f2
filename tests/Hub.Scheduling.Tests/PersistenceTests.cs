using Microsoft.Extensions.Logging;

namespace Hub.Scheduling.Tests;

public sealed class PersistenceTests
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Schedules_live_in_the_hubs_file_beside_its_own_tables_and_survive_a_restart()
    {
        await using var hub = TestHub.Create();
        var store = new InMemoryConnectorStore(Some.Connector("shop", Some.EverySecond));
        var firstRunner = new RecordingSyncRunner();
        var first = await hub.StartAsync(store, firstRunner);
        Assert.True(await Eventually.TrueAsync(() => firstRunner.Calls.Count >= 1, FewSeconds));
        await (await TestHub.SchedulerOf(first)).PauseTrigger(ConnectorJobs.TriggerKeyFor("shop"), TestContext.Current.CancellationToken);
        var lastFiredBeforeRestart = Assert.Single(await TestHub.SchedulesOf(first)).PreviousFireTime;
        await hub.StopAsync(first);

        Assert.Equal(Some.EverySecond, hub.Scalar<string>(
            "SELECT CRON_EXPRESSION FROM QRTZ_CRON_TRIGGERS WHERE SCHED_NAME = 'hub' AND TRIGGER_NAME = 'sync:shop' AND TRIGGER_GROUP = 'connectors'"));
        Assert.Equal("PAUSED", hub.Scalar<string>("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'sync:shop'"));
        Assert.Equal("kept", hub.Scalar<string>($"SELECT note FROM {TestHub.HubTable}"));

        var secondRunner = new RecordingSyncRunner();
        var second = await hub.StartAsync(store, secondRunner);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        // Several reconcile rounds later the stored trigger is still the one from before the restart, pause included.
        var kept = Assert.Single(await TestHub.SchedulesOf(second));
        Assert.Equal(ScheduleState.Paused, kept.State);
        Assert.Equal(lastFiredBeforeRestart, kept.PreviousFireTime);
        Assert.Empty(secondRunner.Calls);
        Assert.Single(hub.Logs.Entries, e => e.Message.Contains("Connector shop scheduled"));

        await (await TestHub.SchedulerOf(second)).ResumeTrigger(ConnectorJobs.TriggerKeyFor("shop"), TestContext.Current.CancellationToken);

        Assert.True(await Eventually.TrueAsync(() => secondRunner.Calls.Count >= 1, FewSeconds), "the restored trigger never fired");
        Assert.Equal(("shop", "schedule"), (secondRunner.Calls[0].ConnectorId, secondRunner.Calls[0].Trigger));
    }

    [Fact]
    public async Task Slots_missed_while_the_hub_was_down_are_made_up_by_one_run_not_one_per_slot()
    {
        await using var hub = TestHub.Create();
        var store = new InMemoryConnectorStore();
        void Configure(SchedulingOptions options) => options.MisfireThreshold = TimeSpan.FromMilliseconds(500);
        var first = await hub.StartAsync(store, new RecordingSyncRunner(), Configure);

        // Three slots that all fall into the downtime; the connector is added once the host is warm so they do.
        var now = DateTimeOffset.UtcNow;
        var firstSlot = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(3);
        DateTimeOffset[] slots = [firstSlot, firstSlot.AddSeconds(1), firstSlot.AddSeconds(2)];
        store.Put(Some.Connector("nightly", CronCovering(slots)));
        Assert.True(await Eventually.TrueAsync(async () => (await TestHub.SchedulesOf(first)).Count == 1, FewSeconds));
        await hub.StopAsync(first);
        Assert.True(DateTimeOffset.UtcNow < firstSlot, "the host took too long to stop for this test to mean anything");

        await Task.Delay(slots[^1] + TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        var runner = new RecordingSyncRunner();
        await hub.StartAsync(store, runner, Configure);

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 1, TimeSpan.FromSeconds(3)), "the missed sync was not made up");
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Single(runner.Calls);
    }

    [Fact]
    public async Task The_hubs_own_writes_to_the_same_file_do_not_make_the_scheduler_fail()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner();
        await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("a", Some.EverySecond), Some.Connector("b", Some.EverySecond)), runner);

        // An ingest-like writer: back-to-back write transactions that each hold the file's write lock for a while.
        var writes = 0;
        var until = DateTimeOffset.UtcNow.AddSeconds(3);
        using (var connection = hub.Open())
        {
            while (DateTimeOffset.UtcNow < until)
            {
                using var transaction = connection.BeginTransaction();
                using var insert = connection.CreateCommand();
                insert.CommandText = $"INSERT INTO {TestHub.HubTable} (note) VALUES ('batch')";
                for (var row = 0; row < 200; row++)
                {
                    insert.ExecuteNonQuery();
                }

                await Task.Delay(30, TestContext.Current.CancellationToken);
                transaction.Commit();
                writes++;
            }
        }

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count(c => c.ConnectorId == "a") >= 2 && runner.Calls.Count(c => c.ConnectorId == "b") >= 2, FewSeconds));
        Assert.True(writes > 10);
        Assert.DoesNotContain(hub.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    /// <summary>A Quartz cron naming exactly these instants (UTC) in the near future, and no others close by.</summary>
    private static string CronCovering(IReadOnlyList<DateTimeOffset> slots)
    {
        string Field(Func<DateTimeOffset, int> part) => string.Join(',', slots.Select(part).Distinct());
        return $"{Field(s => s.Second)} {Field(s => s.Minute)} {Field(s => s.Hour)} {Field(s => s.Day)} {Field(s => s.Month)} ? {Field(s => s.Year)}";
    }
}
