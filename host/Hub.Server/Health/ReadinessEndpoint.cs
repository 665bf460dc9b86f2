using Hub.Server.Composition;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>
/// <c>/readyz</c>: whether the hub can serve now (database, scheduler, plugins) and which scheduled connectors are
/// stale, as opposed to <c>/healthz</c>, which only says the process answers.
/// </summary>
internal static class ReadinessEndpoint
{
    /// <summary>Registers the readiness checks and the stale-connector assessment (<c>Hub:Health</c>).</summary>
    public static IServiceCollection AddHubReadiness(this IServiceCollection services, HubEnvironment environment)
    {
        services.AddConfiguredConnectorHealth(environment);
        // The health check service logs every degraded check at warning on every probe; a stale connector is logged
        // once by the stale-connector refresher instead, while unhealthy checks (logged as errors) still show.
        services.AddLogging(logging => logging.AddFilter(typeof(HealthCheckService).Namespace + ".DefaultHealthCheckService", LogLevel.Error));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler")
            .AddCheck<PluginsHealthCheck>("plugins")
            // A check that throws counts as this status; a stale source must not make the hub unready either way.
            .AddCheck<ConnectorsHealthCheck>("connectors", failureStatus: HealthStatus.Degraded);
        return services;
    }

    /// <summary>Maps <c>GET /readyz</c>: 200 while no check is unhealthy (degraded included), otherwise 503.</summary>
    public static IEndpointConventionBuilder MapHubReadiness(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            ResponseWriter = ReadinessResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithDisplayName("Hub readiness");
}
