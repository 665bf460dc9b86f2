namespace Hub.Identity.Matching;

/// <summary>
/// Adds up the evidence of one comparison: the prior odds and each field's weight. Exact agreement on a name or a city is
/// weighed by how common that value is (term-frequency adjustment): two records both saying 王 or Smith prove less than two
/// saying Featherstonehaugh.
/// </summary>
internal sealed class PairScorer(MatchModel model, PreparedRecords records)
{
    private readonly double[][] _weights = ComparisonLevels.Fields
        .Select(f => Enumerable.Range(0, ComparisonLevels.Count(f)).Select(level => model.Weight(f, level)).ToArray())
        .ToArray();

    private readonly double[][] _m = ComparisonLevels.All.Select(f => model.M[f.ToString()]).ToArray();
    private readonly double[][] _u = ComparisonLevels.All.Select(f => model.U[f.ToString()]).ToArray();

    // The model's own counts, not today's records': see TermFrequencies.
    private readonly TermFrequencies _terms = model.Terms ?? throw new ArgumentException("the model carries no term frequencies", nameof(model));
    private readonly Dictionary<string, int> _givenCounts = model.Terms!.Counts[nameof(MatchField.GivenName)];
    private readonly Dictionary<string, int> _familyCounts = model.Terms!.Counts[nameof(MatchField.FamilyName)];
    private readonly int _givenTotal = model.Terms!.Totals[nameof(MatchField.GivenName)];
    private readonly int _familyTotal = model.Terms!.Totals[nameof(MatchField.FamilyName)];

    public MatchModel Model => model;

    /// <summary>The match weight (log2 odds) of the pair.</summary>
    public double Score(int a, int b, ComparisonVector vector)
    {
        var total = model.PriorWeight;
        foreach (var field in ComparisonLevels.All)
        {
            var level = vector.Level(field);
            if (level == 0) continue;
            if (level == 1 && field is MatchField.GivenName or MatchField.FamilyName) total += NameWeight(field, a);
            else if (level == 1 && TermColumn(field) is { } column) total += FrequencyWeight(field, 1, column, a);
            // Two addresses with one mailbox name (sales@, info@, wangwei@) prove as much as that name is rare.
            else if (field == MatchField.Email && level == 2) total += FrequencyWeight(field, 2, records.EmailLocal, a);
            else total += _weights[(int)field][level];
        }

        return total;
    }

    /// <summary>
    /// Exact agreement on a name, weighed by how common the name is as either part: records write names in both orders
    /// ("LOSCH NINA"), and a family name that turns up once in the given-name column must not pass for a rare given name.
    /// </summary>
    public double NameWeight(MatchField field, int a)
    {
        // Crosswise or not, the comparison put record a's own given (or family) name in this slot.
        var ownIsGiven = field == MatchField.GivenName;
        var value = (ownIsGiven ? records.GivenName : records.FamilyName).Value(a)!;
        // The record itself holds the value in its own column; the other column may never have seen it.
        var givenShare = (double)Count(_givenCounts, value, ownIsGiven ? 1 : 0) / Math.Max(_givenTotal, 1);
        var familyShare = (double)Count(_familyCounts, value, ownIsGiven ? 0 : 1) / Math.Max(_familyTotal, 1);
        var ownTotal = ownIsGiven ? _givenTotal : _familyTotal;
        var u = _u[(int)field][1];
        var frequency = (Math.Max(givenShare, familyShare) * ownTotal + ModelDefaults.PriorPairs * u) / (ownTotal + ModelDefaults.PriorPairs);
        return Math.Log2(_m[(int)field][1] / frequency);
    }

    /// <summary>The weight of agreement at <paramref name="level"/> on the value record <paramref name="a"/> holds in the column.</summary>
    public double FrequencyWeight(MatchField field, int level, FieldColumn column, int a)
    {
        var name = level == 2 && field == MatchField.Email ? TermFrequencies.EmailLocal : field.ToString();
        var total = _terms.Totals[name];
        var count = Count(_terms.Counts[name], column.Value(a)!, 1);
        var u = _u[(int)field][level];
        // Blended with the level's average like every estimate here, so a handful of records cannot make a value look unique.
        var frequency = (count + ModelDefaults.PriorPairs * u) / (total + ModelDefaults.PriorPairs);
        return Math.Log2(_m[(int)field][level] / frequency);
    }

    private static int Count(Dictionary<string, int> counts, string value, int unlisted) =>
        counts.TryGetValue(value, out var count) ? count : unlisted;

    /// <summary>The column whose values are weighed by frequency for this field, or null for fields weighed by level alone.</summary>
    public FieldColumn? TermColumn(MatchField field) => field switch
    {
        MatchField.City => records.City,
        // Postcodes hold thousands of people; a busy one proves little.
        MatchField.Postcode => records.Postcode,
        _ => null,
    };
}
