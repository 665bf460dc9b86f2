using Hub.Core.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Hub.Scheduling.Tests;

public sealed class SyncJobTests
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_connector_with_an_every_second_schedule_is_synced_by_the_scheduler_as_a_scheduled_run()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner();
        await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("shop-eu", Some.EverySecond)), runner);

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 2, FewSeconds), "the scheduler never synced shop-eu");

        Assert.All(runner.Calls, call =>
        {
            Assert.Equal("shop-eu", call.ConnectorId);
            Assert.Equal("schedule", call.Trigger);
            Assert.False(call.Full);
        });
    }

    [Fact]
    public async Task Firings_of_one_connector_never_overlap_while_a_sync_is_still_running()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner { Duration = TimeSpan.FromMilliseconds(1200) };
        var host = await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("slow", Some.EverySecond)), runner);
        var scheduler = await TestHub.SchedulerOf(host);
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 1, FewSeconds));

        // A second trigger on the same job (an on-demand run) while the scheduled one is busy.
        await scheduler.TriggerJob(ConnectorJobs.JobKeyFor("slow"), new JobDataMap { [ConnectorJobs.TriggerKindKey] = "api" }, TestContext.Current.CancellationToken);

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 3, TimeSpan.FromSeconds(6)));
        Assert.Equal(1, runner.MaxConcurrentRuns);
        Assert.Contains(runner.Calls, call => call.Trigger == "api");
    }

    [Fact]
    public async Task Different_connectors_sync_side_by_side()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner { Duration = TimeSpan.FromMilliseconds(1500) };
        await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("a", Some.EverySecond), Some.Connector("b", Some.EverySecond)), runner);

        Assert.True(await Eventually.TrueAsync(() => runner.MaxConcurrentRuns >= 2, FewSeconds), "connectors a and b never ran at the same time");
    }

    [Fact]
    public async Task A_failing_sync_is_logged_with_its_connector_and_the_next_firing_still_runs()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner { Failure = new InvalidOperationException("shop API answered 503") };
        await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("flaky", Some.EverySecond)), runner);

        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 2, FewSeconds), "the scheduler stopped firing after a failed sync");

        var logged = hub.Logs.Entries.First(e => e.Level == LogLevel.Error && e.Category == typeof(SyncJob).FullName);
        Assert.Contains("flaky", logged.Message);
        Assert.Equal("shop API answered 503", logged.Exception?.Message);
    }

    [Fact]
    public async Task Stopping_the_hub_lets_a_running_sync_stop_at_its_checkpoint_without_cancelling_it()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner { Duration = Timeout.InfiniteTimeSpan };
        var host = await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("endless", Some.EverySecond)), runner);
        runner.Drain = host.Services.GetRequiredService<SyncDrain>();
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 1, FewSeconds));

        var stopping = hub.StopAsync(host);
        var finished = await Task.WhenAny(stopping, Task.Delay(FewSeconds, TestContext.Current.CancellationToken));

        Assert.Same(stopping, finished);
        Assert.Equal(0, runner.CancelledRuns);
        Assert.Single(runner.Calls);
    }

    [Fact]
    public async Task Stopping_the_hub_cancels_a_sync_that_does_not_reach_a_checkpoint_within_the_grace()
    {
        await using var hub = TestHub.Create();
        var runner = new RecordingSyncRunner { Duration = Timeout.InfiniteTimeSpan };
        var grace = TimeSpan.FromSeconds(1);
        var host = await hub.StartAsync(new InMemoryConnectorStore(Some.Connector("endless", Some.EverySecond)), runner, options => options.ShutdownGrace = grace);
        Assert.True(await Eventually.TrueAsync(() => runner.Calls.Count >= 1, FewSeconds));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stopping = hub.StopAsync(host);
        var finished = await Task.WhenAny(stopping, Task.Delay(FewSeconds, TestContext.Current.CancellationToken));

        Assert.Same(stopping, finished);
        Assert.True(clock.Elapsed >= grace * 0.9, $"the hub stopped after {clock.Elapsed}, before the grace of {grace}");
        Assert.Equal(1, runner.CancelledRuns);
        Assert.Contains(hub.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("ShutdownGrace", StringComparison.Ordinal));
    }
}
