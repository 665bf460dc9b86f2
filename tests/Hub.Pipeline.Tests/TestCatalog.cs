using Hub.Contracts;
using Hub.Core.Plugins;

namespace Hub.Pipeline.Tests;

/// <summary>A plugin catalog with a push plugin (<c>lines</c>), a sync-only plugin (<c>csv</c>) and a faulted one (<c>broken</c>).</summary>
internal sealed class TestCatalog : IPluginCatalog
{
    private readonly Dictionary<string, IConnector> _connectors = new(StringComparer.Ordinal)
    {
        ["lines"] = new LinesReceiver(),
        ["csv"] = new ScriptedConnector([], batchSize: 1),
    };

    public IReadOnlyList<PluginInfo> Plugins { get; } =
    [
        new("broken", "1.0.0", "1.0.0", PluginStatus.Faulted, "registration threw: broken on purpose", PluginLocation.Installed),
        new("csv", "1.0.0", "1.0.0", PluginStatus.Loaded, null, PluginLocation.Bundled),
        new("lines", "1.0.0", "1.0.0", PluginStatus.Loaded, null, PluginLocation.Bundled),
    ];

    public IReadOnlyList<IMiner> Miners => [];

    public IConnector? FindConnector(string pluginId) => _connectors.GetValueOrDefault(pluginId);
}
