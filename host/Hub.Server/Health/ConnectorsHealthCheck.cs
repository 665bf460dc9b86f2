using Hub.Scheduling.Staleness;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>
/// The <c>connectors</c> readiness check: scheduled connectors that have not synced successfully for several schedule
/// intervals. Never worse than degraded: a source being down must not take the hub out of a load balancer.
/// </summary>
internal sealed class ConnectorsHealthCheck(ConnectorStalenessMonitor monitor) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ConnectorStalenessReport report;
        try
        {
            // Also what keeps the stale-connector metrics current between the periodic refreshes.
            report = await monitor.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded(e.Message);
        }

        var data = new Dictionary<string, object>
        {
            ["staleAfterIntervals"] = report.StaleAfterIntervals,
            ["watched"] = report.Watched.Count,
            ["stale"] = report.Stale,
            ["paused"] = report.Paused,
        };
        var within = $"within {report.StaleAfterIntervals} schedule interval(s)";
        return report.Stale.Count == 0
            ? HealthCheckResult.Healthy($"{report.Watched.Count} scheduled connector(s), each synced successfully {within}", data)
            : HealthCheckResult.Degraded(
                $"{report.Stale.Count} of {report.Watched.Count} scheduled connector(s) had no successful sync {within}: {string.Join(", ", report.Stale.Select(s => s.Id))}",
                data: data);
    }
}
