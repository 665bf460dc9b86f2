namespace Hub.Core.Mining;

/// <summary>
/// Which of a miner's scores the store keeps beside the score object as columns, so lists rank, sort and group by them,
/// and customers are filtered and ordered by them, without reading every customer's scores: the rank (1 first), a value
/// to show with it, a label to group by, and a second value customers are filtered by.
/// </summary>
/// <param name="Rank">The score holding the customer's rank, if the miner ranks customers.</param>
/// <param name="SortValue">The score a ranked list shows (a key-account score, a value at risk).</param>
/// <param name="Label">The score whose label groups customers (a segment, a tier).</param>
/// <param name="SecondValue">Another number customers are filtered and ordered by (the probability alive beside the CLV).</param>
public sealed record ScorePromotion(string? Rank, string? SortValue, string? Label, string? SecondValue = null)
{
    /// <summary>Nothing promoted: the miner's scores are read from the score object only.</summary>
    public static ScorePromotion None { get; } = new(null, null, null);

    /// <summary>The promoted column holding <paramref name="score"/>, or null when it is not promoted.</summary>
    public PromotedColumn? ColumnOf(string score, bool label) =>
        label ? (score == Label ? PromotedColumn.Label : null)
        : score == SortValue ? PromotedColumn.SortValue
        : score == SecondValue ? PromotedColumn.SecondValue
        : null;
}

/// <summary>The columns a score can be promoted to.</summary>
public enum PromotedColumn
{
    /// <summary>The label of <see cref="ScorePromotion.Label"/>.</summary>
    Label,

    /// <summary>The number of <see cref="ScorePromotion.SortValue"/>.</summary>
    SortValue,

    /// <summary>The number of <see cref="ScorePromotion.SecondValue"/>.</summary>
    SecondValue,
}
