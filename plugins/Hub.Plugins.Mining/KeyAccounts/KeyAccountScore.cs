namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>One customer's key-account result.</summary>
/// <param name="CustomerId">The hub's customer id.</param>
/// <param name="CriterionValues">Each criterion's value 0–1, in the order of the criteria.</param>
/// <param name="Score">100 × Σ weight × value.</param>
/// <param name="Rank">1 for the highest score.</param>
public sealed record KeyAccountScore(string CustomerId, IReadOnlyList<double> CriterionValues, double Score, int Rank);
