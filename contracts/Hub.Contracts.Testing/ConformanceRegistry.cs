namespace Hub.Contracts.Testing;

/// <summary>What a plugin registers, kept for the checks, as the hub's registry keeps it.</summary>
internal sealed class ConformanceRegistry(string pluginId) : IPluginRegistry
{
    public string PluginId => pluginId;

    public List<IConnector> Connectors { get; } = [];

    public void AddConnector(IConnector connector) => Connectors.Add(connector ?? throw new ArgumentNullException(nameof(connector)));

    // The connector checks have no use for miners; registering one is still checked.
    public void AddMiner(IMiner miner) => ArgumentNullException.ThrowIfNull(miner);
}
