using Hub.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>The <c>database</c> readiness check: the hub's database can be reached and has every migration this version knows.</summary>
internal sealed class DatabaseHealthCheck(IHubDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["engine"] = database.Engine };
        try
        {
            return await database.CheckReadyAsync(cancellationToken) is { } reason
                ? HealthCheckResult.Unhealthy(reason, data: data)
                : HealthCheckResult.Healthy("reachable, with every migration applied", data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be checked: " + e.Message, data: data);
        }
    }
}
