using Hub.Core;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Mining;
using Hub.Pipeline;
using Hub.Pipeline.Runs;
using Hub.PluginLoading;
using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Hub.Server.Composition;

/// <summary>The services every command and the server share: storage, plugins, pipeline.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>Adds the hub's core for the given environment; <paramref name="plugins"/> says how plugins load (once, by default).</summary>
    public static IServiceCollection AddHubCore(this IServiceCollection services, HubEnvironment environment, PluginLoadOptions? plugins = null)
    {
        services.AddSingleton(environment);
        services.AddSingleton(Read<RunLeaseOptions>(environment.Configuration, RunLeaseOptions.Section, options => options.Validate()));
        if (environment.Storage.IsPostgres) services.AddHubPostgresStorage(environment.Storage.ConnectionString!);
        else services.AddHubSqliteStorage(environment.DatabasePath);
        services.AddSingleton(provider => PluginCatalogLoader.Load(
            PluginFolders(environment), provider.GetRequiredService<ILoggerFactory>().CreateLogger(PluginLogCategory), plugins));
        services.AddSingleton<IPluginCatalog>(provider => provider.GetRequiredService<PluginCatalog>());

        var identity = Read<IdentityOptions>(environment.Configuration, "Hub:Identity", options => options.Validate());
        services.AddSingleton(Read<SyncOptions>(environment.Configuration, SyncOptions.Section, options => options.Validate()));
        // Every line of a sync run is logged inside a scope naming the run and connector; the console shows scopes only when asked.
        services.Configure<SimpleConsoleFormatterOptions>(console => console.IncludeScopes = true);
        services.AddHubPipeline(identity);
        services.AddHubMining(environment.Configuration);
        return services;
    }

    /// <summary>The log category of plugin loading and reloading.</summary>
    public const string PluginLogCategory = "Hub.Plugins";

    /// <summary>Where plugins are looked for: bundled beside the executable, then installed in the data dir.</summary>
    public static IReadOnlyList<PluginFolder> PluginFolders(HubEnvironment environment) =>
    [
        new PluginFolder(HubEnvironment.BundledPluginsPath, PluginLocation.Bundled),
        new PluginFolder(environment.InstalledPluginsPath, PluginLocation.Installed),
    ];

    private static T Read<T>(IConfiguration configuration, string section, Action<T> validate) where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
            validate(options);
        }
        // A mistake in hub.json or the environment (the binder's refusals, e.g. '2h' for a time span, name the key too):
        // say which key, once, rather than report it as a bug.
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new UserFacingException($"configuration: {ex.Message}");
        }

        return options;
    }
}
