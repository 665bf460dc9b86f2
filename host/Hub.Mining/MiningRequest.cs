namespace Hub.Mining;

/// <summary>What to mine: as of which day (today, UTC, when null), which miner (all when null), and who asked.</summary>
public sealed record MiningRequest(DateOnly? AsOf, string? Miner, string Trigger);
