using Hub.Core.Mining;

namespace Hub.Mining;

/// <summary>A finished mining run and how long the miner took.</summary>
public sealed record MiningResult(MiningRun Run, TimeSpan Duration);
