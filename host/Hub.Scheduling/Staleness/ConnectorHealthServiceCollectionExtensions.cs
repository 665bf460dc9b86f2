using Microsoft.Extensions.DependencyInjection;

namespace Hub.Scheduling.Staleness;

/// <summary>Registers the stale-connector assessment, its metrics and their periodic refresh.</summary>
public static class ConnectorHealthServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ConnectorStalenessMonitor"/>, the <c>Hub.Connectors</c> meter and the hosted service that refreshes
    /// it. Needs the scheduler's <see cref="ScheduleQueries"/> and the store's connectors and runs.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IServiceCollection AddHubConnectorHealth(this IServiceCollection services, Action<ConnectorHealthOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Settled now so a bad setting stops the hub before it starts, not on the first /readyz.
        var options = new ConnectorHealthOptions();
        configure?.Invoke(options);
        options.Validate();
        services.Configure<ConnectorHealthOptions>(o =>
        {
            o.StaleAfterIntervals = options.StaleAfterIntervals;
            o.RefreshInterval = options.RefreshInterval;
        });

        services.AddSingleton<ConnectorStalenessMonitor>();
        services.AddSingleton<ConnectorStalenessMetrics>();
        services.AddHostedService(provider =>
        {
            // Nothing else asks for the gauges: creating them here publishes them for as long as they are kept current.
            _ = provider.GetRequiredService<ConnectorStalenessMetrics>();
            return ActivatorUtilities.CreateInstance<ConnectorStalenessRefresher>(provider);
        });
        return services;
    }
}
