using Hub.Api;
using Hub.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Composition;

/// <summary>Services only the command line needs beyond the core.</summary>
public static class CliServiceCollectionExtensions
{
    /// <summary>
    /// Adds them. The scheduler is registered but never started by a command: when no hub serves the data dir, sync
    /// control changes schedules in the store through it, which Quartz supports without a second running scheduler.
    /// </summary>
    public static IServiceCollection AddHubCliServices(this IServiceCollection services, HubEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddSingleton<ApiKeyService>();
        services.AddConfiguredHubScheduling(environment);
        services.AddHubSyncControl();
        return services;
    }
}
