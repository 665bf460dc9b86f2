namespace Hub.Mining;

/// <summary>A miner broke the rules of the mining context (a score for no customer, a name outside its prefix): its run fails with this message.</summary>
public sealed class MiningException(string message) : Exception(message);
