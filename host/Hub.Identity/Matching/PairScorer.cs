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
            if (level == 1 && TermColumn(field) is { } column) total += FrequencyWeight(field, 1, column, a);
            // Two addresses with one mailbox name (sales@, info@, wangwei@) prove as much as that name is rare.
            else if (field == MatchField.Email && level == 2) total += FrequencyWeight(field, 2, records.EmailLocal, a);
            else total += _weights[(int)field][level];
        }

        return total;
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
        // When names agreed crosswise, record a's given name is what b has as family name: its frequency is still a's.
        MatchField.GivenName => records.GivenName,
        MatchField.FamilyName => records.FamilyName,
        MatchField.City => records.City,
        _ => null,
    };
}
