namespace Hub.Contracts.Testing;

/// <summary>What a plugin registers, kept for the checks, as the hub's registry keeps it.</summary>
internal sealed class ConformanceRegistry(string pluginId) : IPluginRegistry
{
    public string PluginId => pluginId;

    public List<IConnector> Connectors { get; } = [];

    public List<IMiner> Miners { get; } = [];

    public void AddConnector(IConnector connector) => Connectors.Add(connector ?? throw new ArgumentNullException(nameof(connector)));

    public void AddMiner(IMiner miner) => Miners.Add(miner ?? throw new ArgumentNullException(nameof(miner)));
}
