using Hub.Contracts;
using Hub.Plugins.Mining.Clv;
using Hub.Plugins.Mining.KeyAccounts;
using Hub.Plugins.Mining.WinBack;

namespace Hub.Plugins.Mining;

/// <summary>Registers the bundled miners; <c>hub mine</c> runs them in this order, each on its own.</summary>
public sealed class MiningPlugin : IHubPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var miner in Miners()) registry.AddMiner(miner);
    }

    /// <summary>The miners, in the order they run.</summary>
    public static IReadOnlyList<IMiner> Miners() =>
    [
        new Rfm.RfmMiner(),
        new Satisfaction.SatisfactionMiner(),
        new Demand.DemandMiner(),
        new ClvMiner(),
        new KeyAccountsMiner(),
        new WinBackMiner(),
    ];
}
