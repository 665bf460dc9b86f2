using Hub.TestPlugins.Miner;

namespace Hub.Contracts.Testing.Tests;

/// <summary>
/// The hub's test miner plugin against the miner kit: its <c>ordercount</c> miner, which the hub's mining tests load from
/// disk, keeps the contract too. (Its <c>failing</c> miner writes nothing unless told to fail, by design.)
/// </summary>
public sealed class TestMinerConformanceTests : MinerConformanceTests
{
    protected override string PluginId => "testminer";

    protected override IHubPlugin CreatePlugin() => new MinerPlugin();

    protected override string? MinerName => "ordercount";

    protected override IReadOnlyList<CustomerActivity> TestPopulation => ConformancePopulation.Generate(15, AsOf);

    protected override IReadOnlyDictionary<string, string>? RefusedSettings => new Dictionary<string, string> { ["multiplier"] = "twice" };
}
