namespace Hub.Core.Mining;

/// <summary>
/// Which of a miner's scores the store keeps beside the score object as columns, so lists rank, sort and group by them
/// without reading every customer's scores: the rank (1 first), a value to show with it, and a label to group by.
/// </summary>
/// <param name="Rank">The score holding the customer's rank, if the miner ranks customers.</param>
/// <param name="SortValue">The score a ranked list shows (a key-account score, a value at risk).</param>
/// <param name="Label">The score whose label groups customers (a segment, a tier).</param>
public sealed record ScorePromotion(string? Rank, string? SortValue, string? Label)
{
    /// <summary>Nothing promoted: the miner's scores are read from the score object only.</summary>
    public static ScorePromotion None { get; } = new(null, null, null);
}
