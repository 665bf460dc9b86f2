namespace Hub.Core.Model;

/// <summary>
/// When a customer ordered and was last in touch, from the orders and interactions of its live source records. The store
/// keeps it beside the golden record so customers can be filtered and ordered by it; identity resolution does not compute
/// it (a resolution's golden records carry <see cref="None"/>).
/// </summary>
public sealed record CustomerActivity
{
    /// <summary>No orders and no interactions.</summary>
    public static readonly CustomerActivity None = new();

    /// <summary>When the first order was placed.</summary>
    public DateTimeOffset? FirstOrderAt { get; init; }
    /// <summary>When the latest order was placed.</summary>
    public DateTimeOffset? LastOrderAt { get; init; }
    /// <summary>How many orders (deleted ones not counted).</summary>
    public int OrderCount { get; init; }
    /// <summary>When the first interaction happened.</summary>
    public DateTimeOffset? FirstInteractionAt { get; init; }
    /// <summary>When the latest interaction happened.</summary>
    public DateTimeOffset? LastInteractionAt { get; init; }
    /// <summary>How many interactions (deleted ones not counted).</summary>
    public int InteractionCount { get; init; }
}
