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
        var own = field == MatchField.GivenName ? records.GivenName : records.FamilyName;
        var value = own.Value(a)!;
        var given = records.GivenName;
        var family = records.FamilyName;
        var share = Math.Max((double)given.CountOf(value) / Math.Max(given.NonNull, 1), (double)family.CountOf(value) / Math.Max(family.NonNull, 1));
        var u = _u[(int)field][1];
        var frequency = (share * own.NonNull + ModelDefaults.PriorPairs * u) / (own.NonNull + ModelDefaults.PriorPairs);
        return Math.Log2(_m[(int)field][1] / frequency);
    }

    /// <summary>The weight of agreement at <paramref name="level"/> on the value record <paramref name="a"/> holds in the column.</summary>
    public double FrequencyWeight(MatchField field, int level, FieldColumn column, int a)
    {
        var id = column.Ids[a];
        var u = _u[(int)field][level];
        // Blended with the level's average like every estimate here, so a handful of records cannot make a value look unique.
        var frequency = (column.Count(id) + ModelDefaults.PriorPairs * u) / (column.NonNull + ModelDefaults.PriorPairs);
        return Math.Log2(_m[(int)field][level] / frequency);
    }

    /// <summary>The column whose values are weighed by frequency for this field, or null for fields weighed by level alone.</summary>
    public FieldColumn? TermColumn(MatchField field) => field switch
    {
        MatchField.City => records.City,
        // Postcodes hold thousands of people; a busy one proves little.
        MatchField.Postcode => records.Postcode,
        _ => null,
    };
}
