namespace Hub.Identity.Matching;

/// <summary>
/// How many records held each value of the fields whose agreement is weighed by frequency (names, city, postcode, mailbox
/// name), counted when the model was trained and kept with it. Frozen like m and u, so that records arriving later do not
/// move the weight of pairs already scored: an incremental run and a full rerun with the same model then score every pair
/// alike. A value held by fewer than two records is not listed; it counts as held by one. Retraining counts afresh.
/// </summary>
public sealed class TermFrequencies
{
    /// <summary>Values held by at least two records, per field.</summary>
    public required Dictionary<string, Dictionary<string, int>> Counts { get; init; }

    /// <summary>How many records held any value, per field.</summary>
    public required Dictionary<string, int> Totals { get; init; }

    internal static TermFrequencies Count(PreparedRecords records)
    {
        var columns = Columns(records);
        return new TermFrequencies
        {
            Counts = columns.ToDictionary(c => c.Name, c => Listed(c.Column)),
            Totals = columns.ToDictionary(c => c.Name, c => c.Column.NonNull),
        };
    }

    internal static IEnumerable<(string Name, FieldColumn Column)> Columns(PreparedRecords records) =>
    [
        (nameof(MatchField.GivenName), records.GivenName),
        (nameof(MatchField.FamilyName), records.FamilyName),
        (nameof(MatchField.City), records.City),
        (nameof(MatchField.Postcode), records.Postcode),
        (EmailLocal, records.EmailLocal),
    ];

    /// <summary>The mailbox name's key: it has no field of its own.</summary>
    internal const string EmailLocal = "EmailLocal";

    /// <summary>Whether every field the scorer asks for is counted.</summary>
    internal bool Complete => Fields.All(f => Counts.ContainsKey(f) && Totals.ContainsKey(f));

    private static readonly string[] Fields =
        [nameof(MatchField.GivenName), nameof(MatchField.FamilyName), nameof(MatchField.City), nameof(MatchField.Postcode), EmailLocal];

    private static Dictionary<string, int> Listed(FieldColumn column)
    {
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 1; id <= column.Distinct; id++)
        {
            if (column.Count(id) >= 2) listed[column.ValueOf(id)!] = column.Count(id);
        }

        return listed;
    }
}
