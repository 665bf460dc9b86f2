using Hub.Api;
using Hub.Core.Storage;
using Hub.Pipeline.Resolution;
using Hub.PluginLoading;
using Hub.Scheduling;
using Hub.Scheduling.Staleness;
using Hub.Server.Health;
using Hub.Server.Serving;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Hub.Server.Composition;

/// <summary>Builds the running hub: scheduler, GraphQL API, health, readiness and metrics endpoints over the core services.</summary>
public static class WebHubBuilder
{
    /// <summary>The address served when neither <c>--urls</c> nor <c>Hub:Urls</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Creates the web application for <paramref name="environment"/>, listening on <paramref name="urls"/>; <paramref name="quiet"/>
    /// logs warnings and errors only; <paramref name="watchPlugins"/> loads a plugin again when its folder changes.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(HubEnvironment environment, string? urls, CancellationToken cancellationToken, bool quiet = false,
        bool watchPlugins = false)
    {
        // Taken before anything touches the database: a second server on one data dir would run a second scheduler on a
        // store that is not clustered.
        var serveLock = ServeLock.Acquire(environment.DataDirectory);
        try
        {
            return await BuildLockedAsync(environment, urls, serveLock, quiet, watchPlugins, cancellationToken);
        }
        catch
        {
            serveLock.Dispose();
            throw;
        }
    }

    private static async Task<WebApplication> BuildLockedAsync(HubEnvironment environment, string? urls, ServeLock serveLock, bool quiet, bool watchPlugins,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(environment.Configuration);
        builder.WebHost.UseUrls(urls ?? environment.Configuration["Hub:Urls"] ?? DefaultUrls);
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        if (quiet)
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });

        builder.Services.AddHubCore(environment, new PluginLoadOptions(Replaceable: watchPlugins));
        if (watchPlugins) builder.Services.AddHostedService<PluginWatchService>();
        builder.Services.AddConfiguredHubScheduling(environment);
        builder.Services.AddHubSyncControl();
        // Stopping waits for running syncs to reach a checkpoint (SchedulerDrain), then for Quartz to cancel the rest.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<SchedulingOptions>>(
            (host, scheduling) => host.ShutdownTimeout = scheduling.Value.ShutdownGrace + TimeSpan.FromSeconds(30));
        builder.Services.AddHubReadiness(environment);
        // Held as long as the application lives: the container disposes it with the application.
        builder.Services.AddSingleton(_ => serveLock);
        builder.Services.AddHostedService<InterruptedRunSweep>();
        builder.Services.AddHubApi();
        // /metrics in the Prometheus text format: ASP.NET Core's own request and connection meters plus the hub's.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", ApiMetrics.MeterName, Hub.Pipeline.Runs.SyncMetrics.MeterName,
                ConnectorStalenessMetrics.MeterName)
            .AddPrometheusExporter());

        var app = builder.Build();
        _ = app.Services.GetRequiredService<ServeLock>();
        // The schema must exist before Quartz starts with the host, and runs a dead process left open are closed (those
        // whose heartbeat is already a lease old; InterruptedRunSweep closes the others as their lease runs out).
        await app.Services.GetRequiredService<IHubDatabase>().MigrateAsync(cancellationToken);
        await app.Services.GetRequiredService<IIngestStore>().MarkInterruptedRunsAsync(cancellationToken);
        // A running hub resolves after every sync and push: it keeps the engine's state, so that each of those resolves
        // only what changed.
        app.Services.GetRequiredService<ResolutionService>().KeepState = true;

        // None of these needs a key: liveness, readiness and metrics are for the machine's operators and probes.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHubReadiness();
        app.MapPrometheusScrapingEndpoint();
        app.MapHubApi();
        app.MapHubIngest();
        return app;
    }
}
