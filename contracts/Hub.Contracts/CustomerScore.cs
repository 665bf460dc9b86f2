namespace Hub.Contracts;

/// <summary>A named score a miner assigns to a customer, e.g. ("rfm.segment", Label: "Champions").</summary>
/// <param name="CustomerId">The hub's customer id.</param>
/// <param name="Name">The score's name, prefixed by the miner's name.</param>
/// <param name="Value">The numeric value, if any.</param>
/// <param name="Label">A text value (segment, tier), if any.</param>
public sealed record CustomerScore(string CustomerId, string Name, double? Value, string? Label = null);
