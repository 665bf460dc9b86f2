using Hub.Core;
using Hub.Mining;
using Hub.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Composition;

/// <summary>
/// The scheduler's settings from the hub's configuration (<c>Hub:Scheduling</c>: <c>TimeZoneId</c>, <c>MisfireThreshold</c>,
/// <c>ReconcileInterval</c>, <c>CheckpointWaitTimeout</c>, <c>ClusterCheckinInterval</c>...), for <c>hub serve</c> and for the
/// command line alike, so both read cron schedules in the same time zone; the job store follows the hub's storage engine.
/// </summary>
public static class SchedulingConfiguration
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Scheduling";

    /// <summary>Registers the scheduler with the configured settings; a bad setting is one clear error naming the key.</summary>
    public static IServiceCollection AddConfiguredHubScheduling(this IServiceCollection services, HubEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var store = environment.Storage.IsPostgres
                ? SchedulerStore.Postgres(environment.Storage.ConnectionString!)
                : SchedulerStore.Sqlite(environment.DatabasePath);
            services.AddHubScheduling(store, options => environment.Configuration.GetSection(Section).Bind(options));
        }
        // The binder names the key it could not read (e.g. '2h' for a time span); the options' own checks name the setting.
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new UserFacingException($"configuration {Section}: {ex.Message}");
        }

        try
        {
            return services.AddHubMiningSchedule(environment.Configuration[MiningOptions.Section + ":Schedule"]);
        }
        catch (ArgumentException ex)
        {
            throw new UserFacingException($"configuration {ex.Message}");
        }
    }
}
