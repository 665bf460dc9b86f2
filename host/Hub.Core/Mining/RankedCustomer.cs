using Hub.Core.Model;

namespace Hub.Core.Mining;

/// <summary>A customer in a ranked list of a miner's current run (key accounts, win-back candidates), with that run's scores.</summary>
public sealed record RankedCustomer(GoldenCustomer Customer, long Rank, CustomerScores Scores);
