namespace Hub.Plugins.Mining.KeyAccounts;

/// <summary>One customer's key-account result.</summary>
/// <param name="CustomerId">The hub's customer id.</param>
/// <param name="CriterionValues">Each criterion's value 0–1, in the order of the criteria.</param>
/// <param name="CriterionContributions">Each criterion's share of the score: 100 × weight × value.</param>
/// <param name="Score">The sum of the contributions, 0–100.</param>
/// <param name="Rank">1 for the highest score.</param>
public sealed record KeyAccountScore(string CustomerId, IReadOnlyList<double> CriterionValues, IReadOnlyList<double> CriterionContributions, double Score, int Rank);
