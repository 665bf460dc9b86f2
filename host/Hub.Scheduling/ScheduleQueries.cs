using Quartz;

namespace Hub.Scheduling;

/// <summary>Reads the connector schedules from the scheduler, for <c>hub jobs</c> and the <c>syncJobs</c> query.</summary>
public sealed class ScheduleQueries(ISchedulerFactory schedulerFactory)
{
    /// <summary>Every scheduled connector, by id, with its cron, fire times and state.</summary>
    public async Task<IReadOnlyList<ScheduledSync>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ConnectorJobs.Group), cancellationToken);
        var result = new List<ScheduledSync>(keys.Count);
        foreach (var key in keys.OrderBy(k => k.Name, StringComparer.Ordinal))
        {
            var connectorId = ConnectorJobs.ConnectorIdFrom(key.Name);
            // A trigger can vanish between listing and reading when the reconciler removes it; skip it then.
            if (connectorId is null || await scheduler.GetTrigger(key, cancellationToken) is not ICronTrigger trigger)
            {
                continue;
            }

            var state = await scheduler.GetTriggerState(key, cancellationToken);
            result.Add(new ScheduledSync(
                connectorId,
                trigger.CronExpressionString ?? "",
                trigger.TimeZone.Id,
                trigger.NextFireTimeUtc,
                trigger.PreviousFireTimeUtc,
                ToScheduleState(state)));
        }

        return result;
    }

    private static ScheduleState ToScheduleState(TriggerState state) => state switch
    {
        TriggerState.Paused => ScheduleState.Paused,
        TriggerState.Blocked or TriggerState.Executing => ScheduleState.Running,
        TriggerState.Error => ScheduleState.Error,
        _ => ScheduleState.Normal,
    };
}
