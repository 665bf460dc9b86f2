using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Scheduling;

/// <summary>
/// Keeps the scheduler in step with the configured connectors, at start and then every reconcile interval: every
/// connector has a durable sync job (so it can be triggered by hand), a connector with a schedule also has one cron
/// trigger, and a removed connector has no job. This is how a connector added with the CLI while the hub runs gets scheduled.
/// </summary>
public sealed partial class ConnectorScheduleReconciler(
    ISchedulerFactory schedulerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<SchedulingOptions> options,
    ILogger<ConnectorScheduleReconciler> logger) : BackgroundService
{
    private readonly TimeZoneInfo timeZone = SchedulingTimeZone.Find(options.Value.TimeZoneId);
    private readonly SemaphoreSlim gate = new(1, 1);
    // Remembered so a connector's problem is reported once, not every round.
    private readonly Dictionary<string, string> reportedProblems = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes the scheduler match the connector store now. Safe to call at any time (e.g. right after a schedule was
    /// changed through the API); rounds never overlap.
    /// </summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<ConnectorInstance> connectors;
            await using (var scope = scopeFactory.CreateAsyncScope())
            {
                connectors = await scope.ServiceProvider.GetRequiredService<IConnectorStore>().ListAsync(cancellationToken);
            }

            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            var wanted = WantedSchedules(connectors);
            foreach (var connectorId in connectors.Select(c => c.Id))
            {
                try
                {
                    if (wanted.TryGetValue(connectorId, out var cron))
                    {
                        await EnsureScheduledAsync(scheduler, connectorId, cron, cancellationToken);
                    }
                    else
                    {
                        await EnsureUnscheduledAsync(scheduler, connectorId, cancellationToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One connector the scheduler refuses must not keep the others from being reconciled.
                    if (IsNewProblem(connectorId, ex.Message))
                    {
                        LogScheduleFailed(ex, connectorId);
                    }
                }
            }

            foreach (var gone in reportedProblems.Keys.Where(id => !connectors.Any(c => c.Id == id)).ToList())
            {
                reportedProblems.Remove(gone);
            }

            var jobKeys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ConnectorJobs.Group), cancellationToken);
            foreach (var jobKey in jobKeys)
            {
                var connectorId = ConnectorJobs.ConnectorIdFrom(jobKey.Name);
                if (connectorId is null || !connectors.Any(c => c.Id == connectorId))
                {
                    await scheduler.DeleteJob(jobKey, cancellationToken);
                    LogRemoved(jobKey.Name);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileInterval);
        try
        {
            do
            {
                try
                {
                    await ReconcileAsync(stoppingToken);
                }
                catch (Exception ex)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        // The scheduler may already be shutting down; a round cut short then is no failure.
                        return;
                    }

                    // Jobs are only deleted after a successful listing, so a failed round leaves the schedules as they
                    // were; the next round tries again.
                    LogRoundFailed(ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        gate.Dispose();
        base.Dispose();
    }

    private Dictionary<string, string> WantedSchedules(IReadOnlyList<ConnectorInstance> connectors)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var connector in connectors)
        {
            if (string.IsNullOrWhiteSpace(connector.Schedule))
            {
                continue;
            }

            // Syntax only: a stored one-off schedule whose time has passed keeps its job, so a firing it missed while
            // the hub was down still runs.
            if (CronSchedules.TryNormalize(connector.Schedule, out var cron, out var error, requireFutureFireTime: false))
            {
                wanted[connector.Id] = cron;
            }
            else if (IsNewProblem(connector.Id, error))
            {
                LogBadSchedule(connector.Id, error);
            }
        }

        return wanted;
    }

    private async Task EnsureScheduledAsync(IScheduler scheduler, string connectorId, string cron, CancellationToken cancellationToken)
    {
        var jobKey = ConnectorJobs.JobKeyFor(connectorId);
        var triggerKey = ConnectorJobs.TriggerKeyFor(connectorId);
        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken);
        if (existing is ICronTrigger current
            && current.JobKey.Equals(jobKey)
            && current.CronExpressionString == cron
            && current.TimeZone.Id == timeZone.Id
            && current.MisfireInstruction == CronTriggerMisfireInstruction.FireAndProceed)
        {
            // Left alone so its pause state and fire times survive restarts and rounds.
            reportedProblems.Remove(connectorId);
            return;
        }

        if (CronExpression.Parse(cron).WithTimeZone(timeZone).GetNextValidTimeAfter(scheduler.TimeProvider.GetUtcNow()) is null)
        {
            // Quartz refuses a trigger that would never fire; there is nothing to schedule until the cron changes.
            if (IsNewProblem(connectorId, "never fires again: " + cron))
            {
                LogNeverFires(connectorId, cron);
            }

            return;
        }

        var paused = existing is not null
            && await scheduler.GetTriggerState(triggerKey, cancellationToken) == TriggerState.Paused;

        var job = JobFor(connectorId, options.Value.Clustered);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .WithSchedule(CronScheduleBuilder.Create(cron)
                .InTimeZone(timeZone)
                // A sync missed while the hub was down runs once on start, not once per missed slot.
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

        if (existing is null)
        {
            // A first trigger is added, never put over one: in a cluster every node reconciles, and a node replacing the
            // trigger another node stored a moment ago would give it fresh fire times, so a slot the other node has
            // already fired would fire again. The job is durable and may already be there (a connector scheduled later).
            await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
            try
            {
                await scheduler.ScheduleJob(trigger, default, cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another node of the cluster scheduled it in the same round; the next round checks it is the wanted one.
                return;
            }
        }
        else
        {
            // Replacing the job keeps any other trigger on it (an on-demand run waiting to fire); replacing the trigger
            // keeps an operator's pause.
            await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true, Paused = paused }, cancellationToken);
        }

        reportedProblems.Remove(connectorId);
        LogScheduled(connectorId, cron, timeZone.Id);
    }

    // A connector without a schedule still has its (durable) job, so that an operator can trigger it by hand.
    private async Task EnsureUnscheduledAsync(IScheduler scheduler, string connectorId, CancellationToken cancellationToken)
    {
        var triggerKey = ConnectorJobs.TriggerKeyFor(connectorId);
        if (await scheduler.Exists(triggerKey, cancellationToken))
        {
            await scheduler.UnscheduleJob(triggerKey, cancellationToken);
            LogUnscheduled(connectorId);
        }

        if (!await scheduler.Exists(ConnectorJobs.JobKeyFor(connectorId), cancellationToken))
        {
            await scheduler.AddJob(JobFor(connectorId, options.Value.Clustered), new AddJobOptions { Replace = false }, cancellationToken);
        }
    }

    // In a cluster a sync whose node dies is run again by another node, and resumes from its last committed checkpoint.
    private static IJobDetail JobFor(string connectorId, bool clustered) => JobBuilder.Create<SyncJob>()
        .WithIdentity(ConnectorJobs.JobKeyFor(connectorId))
        .WithDescription($"Sync of connector {connectorId}")
        .UsingJobData(ConnectorJobs.ConnectorIdKey, connectorId)
        .StoreDurably()
        .RequestRecovery(clustered)
        .Build();

    private bool IsNewProblem(string connectorId, string problem)
    {
        if (reportedProblems.TryGetValue(connectorId, out var reported) && reported == problem)
        {
            return false;
        }

        reportedProblems[connectorId] = problem;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {ConnectorId} scheduled: '{Cron}' ({TimeZone})")]
    private partial void LogScheduled(string connectorId, string cron, string timeZone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync job {JobName} removed: its connector is gone")]
    private partial void LogRemoved(string jobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {ConnectorId} unscheduled: it has no schedule now and syncs only when triggered")]
    private partial void LogUnscheduled(string connectorId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {ConnectorId} is not scheduled: {Error} Give it a valid schedule (setSyncSchedule, or 'hub connectors add --schedule').")]
    private partial void LogBadSchedule(string connectorId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {ConnectorId} could not be scheduled")]
    private partial void LogScheduleFailed(Exception exception, string connectorId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {ConnectorId} is not scheduled: its schedule '{Cron}' never fires again")]
    private partial void LogNeverFires(string connectorId, string cron);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciling connector schedules failed; schedules are unchanged until the next round")]
    private partial void LogRoundFailed(Exception exception);
}
