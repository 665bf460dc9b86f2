using Hub.Core;
using Hub.Core.Plugins;
using Hub.Identity;
using Hub.Pipeline;
using Hub.PluginLoading;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Server.Composition;

/// <summary>The services every command and the server share: storage, plugins, pipeline.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>Adds the hub's core for the given environment.</summary>
    public static IServiceCollection AddHubCore(this IServiceCollection services, HubEnvironment environment)
    {
        services.AddSingleton(environment);
        services.AddHubSqliteStorage(environment.DatabasePath);
        services.AddSingleton<IPluginCatalog>(provider => PluginCatalogLoader.Load(
            [
                new PluginFolder(HubEnvironment.BundledPluginsPath, PluginLocation.Bundled),
                new PluginFolder(environment.InstalledPluginsPath, PluginLocation.Installed),
            ],
            provider.GetRequiredService<ILoggerFactory>().CreateLogger("Hub.Plugins")));

        var identity = new IdentityOptions();
        environment.Configuration.GetSection("Hub:Identity").Bind(identity);
        try
        {
            identity.Validate();
        }
        catch (ArgumentException ex)
        {
            // A mistake in hub.json or the environment: say which key, once, rather than report it as a bug.
            throw new UserFacingException($"configuration: {ex.Message}");
        }

        services.AddHubPipeline(identity);
        return services;
    }
}
