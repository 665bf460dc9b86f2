using Hub.Contracts;
using Hub.Contracts.Testing;

namespace Hub.Plugins.Mining.Tests;

/// <summary>
/// Every miner of the mining plugin against the conformance kit, over the kit's generated population of 40 customers
/// (orders with SKUs, scored calls, NPS answers, companies): one class per miner, each with a setting it must refuse.
/// </summary>
public abstract class MiningConformanceTests : MinerConformanceTests
{
    protected override string PluginId => "mining";

    protected override IHubPlugin CreatePlugin() => new MiningPlugin();
}

public sealed class RfmConformanceTests : MiningConformanceTests
{
    // RFM takes no settings, so the check of refused ones is skipped.
    protected override string? MinerName => MiningScores.Rfm.Miner;
}

public sealed class SatisfactionConformanceTests : MiningConformanceTests
{
    protected override string? MinerName => MiningScores.Satisfaction.Miner;

    protected override IReadOnlyDictionary<string, string>? RefusedSettings => new Dictionary<string, string> { ["trendThreshold"] = "steep" };
}

public sealed class DemandConformanceTests : MiningConformanceTests
{
    protected override string? MinerName => MiningScores.Demand.Miner;

    // Each SKU forecast is a model fit of its own; the total and two SKUs exercise the same code in a fraction of the time.
    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["maxSkus"] = "2" };

    protected override IReadOnlyDictionary<string, string>? RefusedSettings => new Dictionary<string, string> { ["seasonLength"] = "0" };
}

public sealed class ClvConformanceTests : MiningConformanceTests
{
    protected override string? MinerName => MiningScores.Clv.Miner;

    protected override IReadOnlyDictionary<string, string>? RefusedSettings => new Dictionary<string, string> { ["clv.monthly_discount_rate"] = "2" };
}

public sealed class KeyAccountsConformanceTests : MiningConformanceTests
{
    protected override string? MinerName => MiningScores.KeyAccounts.Miner;

    protected override IReadOnlyDictionary<string, string>? RefusedSettings => new Dictionary<string, string> { ["keyaccounts.weight.sales"] = "-1" };
}

public sealed class WinBackConformanceTests : MiningConformanceTests
{
    protected override string? MinerName => MiningScores.WinBack.Miner;

    protected override IReadOnlyDictionary<string, string>? RefusedSettings => new Dictionary<string, string> { ["winback.probability_alive_threshold"] = "1.5" };
}
