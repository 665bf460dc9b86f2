using Hub.Contracts;
using Hub.Core.Plugins;

namespace Hub.Api.Tests;

/// <summary>A catalog that lists what it is given and loads nothing.</summary>
public sealed class ListPluginCatalog(IReadOnlyList<PluginInfo> plugins) : IPluginCatalog
{
    public IReadOnlyList<PluginInfo> Plugins { get; } = plugins;

    public IReadOnlyList<IMiner> Miners { get; } = [];

    public IConnector? FindConnector(string pluginId) => null;
}
