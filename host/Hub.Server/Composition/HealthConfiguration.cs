using Hub.Core;
using Hub.Scheduling.Staleness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Composition;

/// <summary>The stale-connector settings from the hub's configuration (<c>Hub:Health</c>: <c>StaleAfterIntervals</c>, <c>RefreshInterval</c>).</summary>
public static class HealthConfiguration
{
    /// <summary>Registers the stale-connector assessment with the configured settings; a bad setting is one clear error naming the key.</summary>
    public static IServiceCollection AddConfiguredConnectorHealth(this IServiceCollection services, HubEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            return services.AddHubConnectorHealth(options => environment.Configuration.GetSection(ConnectorHealthOptions.Section).Bind(options));
        }
        // The binder names the key it could not read; the options' own checks name the setting.
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new UserFacingException($"configuration {ConnectorHealthOptions.Section}: {ex.Message}");
        }
    }
}
