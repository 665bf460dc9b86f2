using Hub.Contracts;
using Hub.Core.Plugins;

namespace Hub.PluginLoading;

/// <summary>The outcome of loading every plugin folder.</summary>
public sealed class PluginCatalog : IPluginCatalog
{
    private readonly Dictionary<string, IConnector> _connectors;

    internal PluginCatalog(IReadOnlyList<PluginInfo> plugins, Dictionary<string, IConnector> connectors, IReadOnlyList<IMiner> miners)
    {
        Plugins = plugins;
        _connectors = connectors;
        Miners = miners;
    }

    /// <inheritdoc />
    public IReadOnlyList<PluginInfo> Plugins { get; }

    /// <inheritdoc />
    public IReadOnlyList<IMiner> Miners { get; }

    /// <inheritdoc />
    public IConnector? FindConnector(string pluginId) => _connectors.GetValueOrDefault(pluginId);
}
