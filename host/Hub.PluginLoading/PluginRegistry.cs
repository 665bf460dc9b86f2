using Hub.Contracts;

namespace Hub.PluginLoading;

/// <summary>Collects what one plugin registers; nothing is used unless registration completes.</summary>
internal sealed class PluginRegistry(string pluginId) : IPluginRegistry
{
    public string PluginId { get; } = pluginId;

    public IConnector? Connector { get; private set; }

    public List<IMiner> Miners { get; } = [];

    public void AddConnector(IConnector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        if (Connector is not null)
            throw new InvalidOperationException($"plugin '{PluginId}' registered a second connector; a plugin has one connector");
        Connector = connector;
    }

    public void AddMiner(IMiner miner)
    {
        ArgumentNullException.ThrowIfNull(miner);
        Miners.Add(miner);
    }
}
