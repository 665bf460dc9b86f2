namespace Hub.Plugins.Mining.Rfm;

/// <summary>
/// The named segments on the R × FM grid used by Putler and most CRM tools: recency across, the average of frequency
/// and monetary (rounded down, so both must earn the higher band) up. Where the published ranges overlap, the cell goes
/// to the more specific segment; the grid below is the one decision, documented in docs/mining.md.
/// <code>
///  FM\R  1            2            3               4                   5
///  5     Can't Lose   At Risk      Loyal           Champions           Champions
///  4     Can't Lose   At Risk      Loyal           Champions           Champions
///  3     At Risk      At Risk      Need Attention  Loyal               Loyal
///  2     Hibernating  Hibernating  About to Sleep  Potential Loyalist  Potential Loyalist
///  1     Lost         Hibernating  About to Sleep  Promising           New
/// </code>
/// </summary>
internal static class RfmSegments
{
    public const string Champions = "Champions";
    public const string Loyal = "Loyal";
    public const string PotentialLoyalist = "Potential Loyalist";
    public const string New = "New";
    public const string Promising = "Promising";
    public const string NeedAttention = "Need Attention";
    public const string AboutToSleep = "About to Sleep";
    public const string AtRisk = "At Risk";
    public const string CantLoseThem = "Can't Lose Them";
    public const string Hibernating = "Hibernating";
    public const string Lost = "Lost";

    // Rows are FM 1..5, columns R 1..5, as in the table above read bottom-up.
    private static readonly string[][] Grid =
    [
        [Lost, Hibernating, AboutToSleep, Promising, New],
        [Hibernating, Hibernating, AboutToSleep, PotentialLoyalist, PotentialLoyalist],
        [AtRisk, AtRisk, NeedAttention, Loyal, Loyal],
        [CantLoseThem, AtRisk, Loyal, Champions, Champions],
        [CantLoseThem, AtRisk, Loyal, Champions, Champions],
    ];

    /// <summary>Every segment, best first.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Champions, Loyal, PotentialLoyalist, New, Promising, NeedAttention, AboutToSleep, AtRisk, CantLoseThem, Hibernating, Lost];

    public static string Of(int recency, int frequency, int monetary)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recency, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recency, 5);
        var fm = (frequency + monetary) / 2;
        ArgumentOutOfRangeException.ThrowIfLessThan(fm, 1, nameof(frequency));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fm, 5, nameof(frequency));
        return Grid[fm - 1][recency - 1];
    }
}
