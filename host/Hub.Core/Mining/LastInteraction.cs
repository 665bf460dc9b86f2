namespace Hub.Core.Mining;

/// <summary>A customer's latest interaction on one channel.</summary>
public sealed record LastInteraction(long CustomerNumber, string Channel, DateTimeOffset OccurredAt, string? Type, string? Summary);
