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
}
