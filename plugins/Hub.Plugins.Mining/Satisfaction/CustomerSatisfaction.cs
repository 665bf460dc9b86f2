namespace Hub.Plugins.Mining.Satisfaction;

/// <summary>What the satisfaction miner found for one customer with survey answers.</summary>
internal sealed record CustomerSatisfaction(string CustomerId, double? Csat, double? Nps, SatisfactionTrend? Trend);
