using Hub.Contracts;

namespace Hub.Core.Plugins;

/// <summary>The plugins the hub found, and what the loaded ones contribute.</summary>
public interface IPluginCatalog
{
    /// <summary>Every plugin found, loaded or not, by id.</summary>
    IReadOnlyList<PluginInfo> Plugins { get; }

    /// <summary>The connector of a loaded plugin, or null.</summary>
    IConnector? FindConnector(string pluginId);

    /// <summary>Every miner of every loaded plugin.</summary>
    IReadOnlyList<IMiner> Miners { get; }

    /// <summary>The id of the plugin that registered a miner of <see cref="Miners"/>; null when the catalog does not know.</summary>
    string? PluginOf(IMiner miner) => null;

    /// <summary>
    /// The connector of a loaded plugin, held for a sync run until the lease is disposed, or null. A catalog that never
    /// replaces a plugin while the hub runs gives a lease that is never replaced.
    /// </summary>
    ConnectorLease? LeaseConnector(string pluginId) => FindConnector(pluginId) is { } connector ? new ConnectorLease(connector, CancellationToken.None) : null;

    /// <summary>
    /// Keeps the version of the plugin that registered <paramref name="miner"/> loaded until the result is disposed, so a
    /// new version loaded meanwhile (<c>hub serve --watch-plugins</c>) does not unload it under a running mining run.
    /// </summary>
    PluginHold HoldMiner(IMiner miner) => PluginHold.None;
}
