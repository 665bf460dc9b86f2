using Hub.Contracts;

namespace Hub.TestPlugins.Miner;

/// <summary>Registers the test miners, in the order the hub runs them.</summary>
public sealed class MinerPlugin : IHubPlugin
{
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddMiner(new OrderCountMiner());
        registry.AddMiner(new FailingMiner());
    }
}
