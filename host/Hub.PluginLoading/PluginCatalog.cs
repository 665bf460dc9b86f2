using Hub.Contracts;
using Hub.Core.Plugins;

namespace Hub.PluginLoading;

/// <summary>The outcome of loading every plugin folder.</summary>
public sealed class PluginCatalog : IPluginCatalog
{
    private readonly Dictionary<string, IConnector> _connectors;
    private readonly Dictionary<object, string> _minerPlugins;

    internal PluginCatalog(IReadOnlyList<PluginInfo> plugins, Dictionary<string, IConnector> connectors, IReadOnlyList<(string PluginId, IMiner Miner)> miners)
    {
        Plugins = plugins;
        _connectors = connectors;
        Miners = [.. miners.Select(m => m.Miner)];
        _minerPlugins = miners.ToDictionary(m => (object)m.Miner, m => m.PluginId, ReferenceEqualityComparer.Instance);
    }

    /// <inheritdoc />
    public IReadOnlyList<PluginInfo> Plugins { get; }

    /// <inheritdoc />
    public IReadOnlyList<IMiner> Miners { get; }

    /// <inheritdoc />
    public IConnector? FindConnector(string pluginId) => _connectors.GetValueOrDefault(pluginId);

    /// <inheritdoc />
    public string? PluginOf(IMiner miner) => _minerPlugins.GetValueOrDefault(miner);
}
