using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Runs;
using Hub.Core.Sync;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Scheduling;

/// <summary>
/// Sync control over the hub's Quartz scheduler. In <c>hub serve</c> that is the running scheduler; the command line,
/// when no hub serves the data dir, uses a scheduler it never starts, which Quartz supports for changing schedules in
/// the store (pause, resume, reschedule) without firing anything.
/// </summary>
public sealed class SyncControl(
    ISchedulerFactory schedulerFactory,
    ConnectorScheduleReconciler reconciler,
    IConnectorStore connectors,
    IConnectorScheduleStore schedules,
    ICheckpointStore checkpoints,
    IRunQueries runs,
    IOptions<SchedulingOptions> options,
    IHostApplicationLifetime? lifetime = null) : ISyncControl
{
    // Quartz starts the scheduler of a hosted hub only once the host has started, a moment after it answers requests.
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(15);

    private static readonly GroupMatcher<TriggerKey> ConnectorTriggers = GroupMatcher<TriggerKey>.GroupEquals(ConnectorJobs.Group);
    private readonly TimeZoneInfo timeZone = SchedulingTimeZone.Find(options.Value.TimeZoneId);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SyncJobStatus>> ListJobsAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var all = await connectors.ListAsync(cancellationToken);
        var jobs = new List<SyncJobStatus>(all.Count);
        foreach (var connector in all)
        {
            jobs.Add(await StatusOfAsync(scheduler, connector, cancellationToken));
        }

        return jobs;
    }

    /// <inheritdoc />
    public async Task<SyncJobStatus> GetJobAsync(string connectorId, CancellationToken cancellationToken)
    {
        var connector = await RequireAsync(connectorId, cancellationToken);
        return await StatusOfAsync(await schedulerFactory.GetScheduler(cancellationToken), connector, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SyncJobStatus>> TriggerAsync(string? connectorId, bool full, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (!await FiresTriggersAsync(scheduler, cancellationToken))
        {
            // A trigger stored now would only fire whenever a hub next serves: surprising, so refused.
            throw new UserFacingException(
                $"no hub is serving this data dir, so nothing would run the sync now; run it in this terminal with 'hub sync {connectorId ?? "ID"}', or start 'hub serve'");
        }

        var targets = await TargetsAsync(connectorId, cancellationToken);
        // Every connector has a durable job once reconciled, so a connector without a schedule can be triggered too.
        await reconciler.ReconcileAsync(cancellationToken);
        foreach (var connector in targets)
        {
            await scheduler.TriggerJob(
                ConnectorJobs.JobKeyFor(connector.Id),
                new JobDataMap { [ConnectorJobs.TriggerKindKey] = ConnectorJobs.ApiTrigger, [ConnectorJobs.FullKey] = full },
                cancellationToken);
        }

        return await StatusesAsync(scheduler, targets, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SyncJobStatus>> PauseAsync(string? connectorId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var targets = await TargetsAsync(connectorId, cancellationToken);
        await reconciler.ReconcileAsync(cancellationToken);
        if (connectorId is null)
        {
            // The group's pause is remembered by the store: connectors scheduled later start paused too, until a
            // resume of all of them. An incident pause should not be undone by someone adding a connector.
            await scheduler.PauseTriggerGroups(ConnectorTriggers, cancellationToken);
        }
        else
        {
            await RequireTriggerAsync(scheduler, connectorId, "pause", cancellationToken);
            await scheduler.PauseTrigger(ConnectorJobs.TriggerKeyFor(connectorId), cancellationToken);
        }

        return await StatusesAsync(scheduler, targets, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SyncJobStatus>> ResumeAsync(string? connectorId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var targets = await TargetsAsync(connectorId, cancellationToken);
        await reconciler.ReconcileAsync(cancellationToken);
        if (connectorId is null)
        {
            // Resumes every trigger in the group and forgets the group's pause, so new connectors start unpaused again.
            await scheduler.ResumeTriggerGroups(ConnectorTriggers, cancellationToken);
        }
        else
        {
            await RequireTriggerAsync(scheduler, connectorId, "resume", cancellationToken);
            await scheduler.ResumeTrigger(ConnectorJobs.TriggerKeyFor(connectorId), cancellationToken);
        }

        return await StatusesAsync(scheduler, targets, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SyncJobStatus> SetScheduleAsync(string connectorId, string cron, CancellationToken cancellationToken)
    {
        var connector = await RequireAsync(connectorId, cancellationToken);
        if (!CronSchedules.TryNormalize(cron, out var quartzCron, out var error))
        {
            throw new UserFacingException(error);
        }

        // The connectors table is where schedules live; the reconciler then replaces the trigger, keeping a pause.
        if (!await schedules.SetScheduleAsync(connector.Id, quartzCron, cancellationToken))
        {
            throw UnknownConnector(connector.Id);
        }

        await reconciler.ReconcileAsync(cancellationToken);
        return await GetJobAsync(connector.Id, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CheckpointChange> SetCheckpointAsync(string connectorId, string? value, string actor, string? reason, CancellationToken cancellationToken)
    {
        var connector = await RequireAsync(connectorId, cancellationToken);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var triggerKey = ConnectorJobs.TriggerKeyFor(connector.Id);
        // A sync commits its checkpoint with every batch: one running now would overwrite what the operator writes. The
        // schedule is held while waiting, so no new sync starts in between; it is let go again unless it was paused.
        var pausedHere = await scheduler.PauseTrigger(triggerKey, cancellationToken);
        try
        {
            await WaitUntilIdleAsync(scheduler, connector.Id, cancellationToken);
            return await checkpoints.SetAsync(connector.Id, value, actor, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken);
        }
        finally
        {
            if (pausedHere)
            {
                await scheduler.ResumeTrigger(triggerKey, CancellationToken.None);
            }
        }
    }

    private async Task WaitUntilIdleAsync(IScheduler scheduler, string connectorId, CancellationToken cancellationToken)
    {
        var deadline = scheduler.TimeProvider.GetUtcNow() + options.Value.CheckpointWaitTimeout;
        while (await IsRunningAsync(scheduler, connectorId, cancellationToken))
        {
            if (scheduler.TimeProvider.GetUtcNow() >= deadline)
            {
                throw new UserFacingException(
                    $"a sync of connector '{connectorId}' is still running after {options.Value.CheckpointWaitTimeout.TotalSeconds:0.#} s, and it would overwrite the checkpoint; " +
                    "try again when it has finished ('hub jobs' shows it as running), or pause the connector first");
            }

            await Task.Delay(options.Value.CheckpointWaitPollInterval, scheduler.TimeProvider, cancellationToken);
        }
    }

    // The store records every firing, so this also sees a sync a serving hub runs when asked from the command line.
    private static async Task<bool> IsRunningAsync(IScheduler scheduler, string connectorId, CancellationToken cancellationToken)
    {
        var firings = await scheduler.QueryFireInstances(new FireInstanceQuery { Job = ConnectorJobs.JobKeyFor(connectorId) }, cancellationToken);
        return firings.Items.Count > 0;
    }

    private async Task<SyncJobStatus> StatusOfAsync(IScheduler scheduler, ConnectorInstance connector, CancellationToken cancellationToken)
    {
        var lastRun = (await runs.ListRunsAsync(new RunQuery(connector.Id, null, null, 1), cancellationToken)).FirstOrDefault();
        var running = await IsRunningAsync(scheduler, connector.Id, cancellationToken);
        var triggerKey = ConnectorJobs.TriggerKeyFor(connector.Id);
        if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ICronTrigger trigger)
        {
            var state = await scheduler.GetTriggerState(triggerKey, cancellationToken);
            return new SyncJobStatus(connector.Id, connector.PluginId, trigger.CronExpressionString, trigger.TimeZone.Id,
                StateOf(state, running), trigger.NextFireTimeUtc, trigger.PreviousFireTimeUtc, lastRun);
        }

        // Not (yet) in the scheduler: a connector added while no hub served. Its stored schedule says what will happen.
        string? cron = null;
        DateTimeOffset? next = null;
        if (connector.Schedule is { } schedule && CronSchedules.TryNormalize(schedule, out var normalized, out _, requireFutureFireTime: false))
        {
            cron = normalized;
            next = CronExpression.Parse(normalized).WithTimeZone(timeZone).GetNextValidTimeAfter(scheduler.TimeProvider.GetUtcNow());
        }

        var fallback = running ? SyncJobState.Running : cron is null ? SyncJobState.None : SyncJobState.Normal;
        return new SyncJobStatus(connector.Id, connector.PluginId, cron, timeZone.Id, fallback, next, null, lastRun);
    }

    private static SyncJobState StateOf(TriggerState state, bool running) => state switch
    {
        // The pause is what an operator acts on, so it wins over a run still finishing.
        TriggerState.Paused => SyncJobState.Paused,
        TriggerState.Error => SyncJobState.Error,
        _ when running => SyncJobState.Running,
        TriggerState.Blocked or TriggerState.Executing => SyncJobState.Running,
        _ => SyncJobState.Normal,
    };

    private async Task<IReadOnlyList<SyncJobStatus>> StatusesAsync(IScheduler scheduler, IReadOnlyList<ConnectorInstance> targets, CancellationToken cancellationToken)
    {
        var result = new List<SyncJobStatus>(targets.Count);
        foreach (var connector in targets)
        {
            result.Add(await StatusOfAsync(scheduler, connector, cancellationToken));
        }

        return result;
    }

    private async Task<IReadOnlyList<ConnectorInstance>> TargetsAsync(string? connectorId, CancellationToken cancellationToken) =>
        connectorId is null ? await connectors.ListAsync(cancellationToken) : [await RequireAsync(connectorId, cancellationToken)];

    private async Task<ConnectorInstance> RequireAsync(string connectorId, CancellationToken cancellationToken) =>
        await connectors.GetAsync(connectorId, cancellationToken) ?? throw UnknownConnector(connectorId);

    private static async Task RequireTriggerAsync(IScheduler scheduler, string connectorId, string verb, CancellationToken cancellationToken)
    {
        if (!await scheduler.Exists(ConnectorJobs.TriggerKeyFor(connectorId), cancellationToken))
        {
            throw new UserFacingException(
                $"connector '{connectorId}' has no schedule, so there is nothing to {verb}: it syncs only when triggered. Give it one with 'hub jobs schedule {connectorId} CRON'");
        }
    }

    private static UserFacingException UnknownConnector(string connectorId) =>
        new($"there is no connector '{connectorId}'; 'hub connectors list' shows the ones there are");

    /// <summary>
    /// Whether the scheduler fires triggers. In a hosted hub that is just starting it waits for Quartz to start the
    /// scheduler, so a trigger in the hub's first moments runs instead of being refused; the command line has no host
    /// and answers at once.
    /// </summary>
    private async Task<bool> FiresTriggersAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartupWait;
        while (true)
        {
            var status = await scheduler.GetStatus(cancellationToken);
            if (status == SchedulerStatus.Running)
            {
                return true;
            }

            // Only a scheduler not yet started (Created) is worth waiting for, and only inside a host that will start it.
            if (status != SchedulerStatus.Created || lifetime is not { ApplicationStopping.IsCancellationRequested: false } || DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }
}
