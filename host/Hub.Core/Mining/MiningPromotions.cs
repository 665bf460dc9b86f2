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
        MiningScores.Clv.Miner => new(null, MiningScores.Clv.Value12Months, null),
        MiningScores.Satisfaction.Miner => new(null, MiningScores.Satisfaction.Csat, MiningScores.Satisfaction.Trend),
        _ => ScorePromotion.None,
    };

    /// <summary>The customer fields set from the current run of a miner: field, miner, score, and whether its label (not its number) is the value.</summary>
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

    /// <summary>The segment kinds the <c>segments</c> list offers, each the promoted label of one miner's runs.</summary>
    public static IReadOnlyList<(string Kind, string Miner)> SegmentKinds { get; } =
        [("rfm", MiningScores.Rfm.Miner), ("tier", MiningScores.KeyAccounts.Miner)];
}
