using Hub.Core.Sync;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Scheduling;

/// <summary>
/// The first step of stopping a hub (SIGTERM, Ctrl+C): no new syncs start, and running ones are asked to stop at their
/// next checkpoint and given <see cref="SchedulingOptions.ShutdownGrace"/> to get there. Registered after Quartz's hosted
/// service, so the host stops it first; Quartz's own shutdown then cancels whatever is still running, which keeps what
/// it committed.
/// </summary>
internal sealed class SchedulerDrain(
    ISchedulerFactory schedulerFactory,
    SyncDrain drain,
    IOptions<SchedulingOptions> options,
    ILogger<SchedulerDrain> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        drain.Request();
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (await scheduler.GetStatus(cancellationToken) != SchedulerStatus.Running) return;
        await scheduler.Standby(cancellationToken);

        var grace = options.Value.ShutdownGrace;
        var running = await RunningAsync(scheduler, cancellationToken);
        if (running == 0) return;
        logger.LogInformation("Stopping: {Running} running syncs stop at their next checkpoint; waiting up to {Grace} for them", running, grace);
        var clock = scheduler.TimeProvider;
        var deadline = clock.GetUtcNow() + grace;
        while (running > 0 && clock.GetUtcNow() < deadline && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.CheckpointWaitPollInterval, clock, CancellationToken.None);
            running = await RunningAsync(scheduler, CancellationToken.None);
        }

        if (running > 0)
        {
            logger.LogWarning(
                "{Running} syncs did not reach a checkpoint within {Grace} (Hub:Scheduling:ShutdownGrace) and are cancelled; they keep what they committed and the next sync resumes from there",
                running, grace);
        }
    }

    private static async Task<int> RunningAsync(IScheduler scheduler, CancellationToken cancellationToken) =>
        (await scheduler.QueryFireInstances(new FireInstanceQuery { SchedulerInstanceId = scheduler.SchedulerInstanceId }, cancellationToken)).Items.Count;
}
