using Quartz;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>The <c>scheduler</c> readiness check: Quartz is started, so schedules fire and triggered syncs run.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulerFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        var data = new Dictionary<string, object> { ["state"] = status.ToString().ToLowerInvariant() };
        return status switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("running", data),
            // Quartz starts the scheduler just after the host has started, a moment after the hub answers HTTP.
            SchedulerStatus.Created => HealthCheckResult.Unhealthy("the scheduler has not started yet: the hub is still starting", data: data),
            SchedulerStatus.Standby => HealthCheckResult.Unhealthy("the scheduler is in standby: no sync fires", data: data),
            SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown => HealthCheckResult.Unhealthy("the scheduler has shut down: the hub is stopping", data: data),
            _ => HealthCheckResult.Unhealthy($"the scheduler's state is {status}", data: data),
        };
    }
}
