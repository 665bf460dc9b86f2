using Hub.Contracts;
using Hub.Core;
using Hub.Core.Plugins;

namespace Hub.Pipeline.Connectors;

/// <summary>Finds a plugin's connector, or says why it cannot be used.</summary>
public static class ConnectorLookup
{
    /// <summary>The connector of a loaded plugin.</summary>
    /// <exception cref="UserFacingException">when the plugin is unknown, not loaded, or has no connector.</exception>
    public static IConnector Require(IPluginCatalog plugins, string pluginId) =>
        plugins.FindConnector(pluginId) ?? throw NotUsable(plugins, pluginId);

    /// <summary>The connector of a loaded plugin, held for a sync run until the lease is disposed.</summary>
    /// <exception cref="UserFacingException">when the plugin is unknown, not loaded, or has no connector.</exception>
    public static ConnectorLease Lease(IPluginCatalog plugins, string pluginId) =>
        plugins.LeaseConnector(pluginId) ?? throw NotUsable(plugins, pluginId);

    private static UserFacingException NotUsable(IPluginCatalog plugins, string pluginId)
    {
        var info = plugins.Plugins.FirstOrDefault(p => p.Id == pluginId);
        var known = string.Join(", ", plugins.Plugins.Where(p => p.Status == PluginStatus.Loaded).Select(p => p.Id));
        return new UserFacingException(info switch
        {
            null => $"unknown plugin '{pluginId}'; loaded plugins: {(known.Length == 0 ? "none" : known)} ('hub plugins' lists them)",
            { Status: PluginStatus.Loaded } => $"plugin '{pluginId}' has no connector",
            _ => $"plugin '{pluginId}' is {info.Status.ToString().ToLowerInvariant()}: {info.Message}",
        });
    }
}
