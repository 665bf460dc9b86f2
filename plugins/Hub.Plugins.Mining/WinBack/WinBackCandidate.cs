namespace Hub.Plugins.Mining.WinBack;

/// <summary>A customer on the win-back list.</summary>
/// <param name="CustomerId">The hub's customer id.</param>
/// <param name="ValueAtRisk">The 12-month value lost if the customer has lapsed, weighted by how likely that is.</param>
/// <param name="Rank">1 for the largest value at risk.</param>
/// <param name="Reason">Why the customer is listed, e.g. <c>Gold tier, probability alive 0.18</c>.</param>
public sealed record WinBackCandidate(string CustomerId, double ValueAtRisk, int Rank, string Reason);
