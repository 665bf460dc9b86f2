using Hub.Contracts;
using Hub.Core.Storage.Customers;

namespace Hub.Core.Mining;

/// <summary>
/// The scores the hub lifts out of the miners' results by name (<see cref="MiningScores"/>): what each miner's lists rank
/// and group by, and which current scores customers can be filtered and ordered by. Any miner writing these names under
/// these miner names feeds them, bundled or not.
/// </summary>
public static class MiningPromotions
{
    /// <summary>What the store promotes of a miner's scores.</summary>
    public static ScorePromotion For(string miner) => miner switch
    {
        MiningScores.Rfm.Miner => new(null, MiningScores.Rfm.Score, MiningScores.Rfm.Segment),
        MiningScores.KeyAccounts.Miner => new(MiningScores.KeyAccounts.Rank, MiningScores.KeyAccounts.Score, MiningScores.KeyAccounts.Tier),
        MiningScores.WinBack.Miner => new(MiningScores.WinBack.Rank, MiningScores.WinBack.ValueAtRisk, null),
        MiningScores.Clv.Miner => new(null, MiningScores.Clv.Value12Months, null, MiningScores.Clv.ProbabilityAlive),
        MiningScores.Satisfaction.Miner => new(null, MiningScores.Satisfaction.Csat, MiningScores.Satisfaction.Trend, MiningScores.Satisfaction.Nps),
        _ => ScorePromotion.None,
    };

    /// <summary>
    /// The customer fields read from the current run of a miner: field, miner, score, and whether its label (not its
    /// number) is the value. Each is one of that miner's promoted columns (<see cref="ColumnOf"/>).
    /// </summary>
    public static IReadOnlyList<(CustomerField Field, string Miner, string Score, bool Label)> CustomerFields { get; } =
    [
        (CustomerField.RfmSegment, MiningScores.Rfm.Miner, MiningScores.Rfm.Segment, true),
        (CustomerField.Tier, MiningScores.KeyAccounts.Miner, MiningScores.KeyAccounts.Tier, true),
        (CustomerField.KeyAccountScore, MiningScores.KeyAccounts.Miner, MiningScores.KeyAccounts.Score, false),
        (CustomerField.ClvValue, MiningScores.Clv.Miner, MiningScores.Clv.Value12Months, false),
        (CustomerField.ProbabilityAlive, MiningScores.Clv.Miner, MiningScores.Clv.ProbabilityAlive, false),
        (CustomerField.Csat, MiningScores.Satisfaction.Miner, MiningScores.Satisfaction.Csat, false),
        (CustomerField.Nps, MiningScores.Satisfaction.Miner, MiningScores.Satisfaction.Nps, false),
    ];

    /// <summary>The miner and promoted column a mining customer field is read from.</summary>
    /// <exception cref="ArgumentException">when <paramref name="field"/> is not a mining field.</exception>
    public static (string Miner, PromotedColumn Column) ColumnOf(CustomerField field)
    {
        foreach (var (candidate, miner, score, label) in CustomerFields)
        {
            if (candidate != field) continue;
            return (miner, For(miner).ColumnOf(score, label)
                ?? throw new InvalidOperationException($"{field} reads {score}, which miner '{miner}' does not promote."));
        }

        throw new ArgumentException($"{field} is not a mining field.", nameof(field));
    }

    /// <summary>Whether the field is read from the miners' results.</summary>
    public static bool IsMiningField(CustomerField field) => CustomerFields.Any(f => f.Field == field);

    /// <summary>The segment kinds the <c>segments</c> list offers, each the promoted label of one miner's runs.</summary>
    public static IReadOnlyList<(string Kind, string Miner)> SegmentKinds { get; } =
        [("rfm", MiningScores.Rfm.Miner), ("tier", MiningScores.KeyAccounts.Miner)];
}
