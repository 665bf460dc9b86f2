using Hub.Core.Mining;

namespace Hub.Storage.Common;

/// <summary>
/// The values of a customer's scores that <c>mining_scores</c> keeps in columns of their own (rank, sort_value, label,
/// second_value), as the miner's <see cref="ScorePromotion"/> names them; null where the customer has no such score.
/// </summary>
internal readonly record struct PromotedScores(long? Rank, double? SortValue, string? Label, double? SecondValue)
{
    public static PromotedScores Of(ScorePromotion promotion, CustomerScores customer) => new(
        promotion.Rank is { } rank && customer.Value(rank) is { } position ? (long)Math.Round(position) : null,
        promotion.SortValue is { } sort ? customer.Value(sort) : null,
        promotion.Label is { } label ? customer.Label(label) : null,
        promotion.SecondValue is { } second ? customer.Value(second) : null);
}
