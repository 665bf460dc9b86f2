namespace Hub.Identity.Matching;

/// <summary>
/// Adds up the evidence of one comparison: the prior odds and each field's weight. Exact agreement on a name or a city is
/// weighed by how common that value is (term-frequency adjustment): two records both saying 王 or Smith prove less than two
/// saying Featherstonehaugh. How common is the model's count (<see cref="TermFrequencies"/>), not today's records'.
/// </summary>
internal sealed class PairScorer
{
    private readonly MatchModel _model;
    private readonly double[][] _weights;
    private readonly ValueWeights _givenName;
    private readonly ValueWeights _familyName;
    private readonly ValueWeights _city;
    private readonly ValueWeights _postcode;
    private readonly ValueWeights _mailbox;

    public PairScorer(MatchModel model, PreparedRecords records)
    {
        var terms = model.Terms ?? throw new ArgumentException("the model carries no term frequencies", nameof(model));
        _model = model;
        _weights = ComparisonLevels.Fields
            .Select(f => Enumerable.Range(0, ComparisonLevels.Count(f)).Select(level => model.Weight(f, level)).ToArray())
            .ToArray();
        var given = terms.Counts[nameof(MatchField.GivenName)];
        var family = terms.Counts[nameof(MatchField.FamilyName)];
        var givenTotal = terms.Totals[nameof(MatchField.GivenName)];
        var familyTotal = terms.Totals[nameof(MatchField.FamilyName)];

        // Exact agreement on a name, weighed by how common the name is as either part: records write names in both orders
        // ("LOSCH NINA"), and a family name that turns up once in the given-name column must not pass for a rare given name.
        // The record itself holds the value in its own column; the other column may never have seen it.
        double NameWeight(MatchField field, string value)
        {
            var ownIsGiven = field == MatchField.GivenName;
            var givenShare = (double)Count(given, value, ownIsGiven ? 1 : 0) / Math.Max(givenTotal, 1);
            var familyShare = (double)Count(family, value, ownIsGiven ? 0 : 1) / Math.Max(familyTotal, 1);
            return Weight(model, field, 1, Math.Max(givenShare, familyShare) * (ownIsGiven ? givenTotal : familyTotal), ownIsGiven ? givenTotal : familyTotal);
        }

        double FrequencyWeight(MatchField field, int level, string term, string value) =>
            Weight(model, field, level, Count(terms.Counts[term], value, 1), terms.Totals[term]);

        _givenName = new ValueWeights(records.GivenName, value => NameWeight(MatchField.GivenName, value));
        _familyName = new ValueWeights(records.FamilyName, value => NameWeight(MatchField.FamilyName, value));
        _city = new ValueWeights(records.City, value => FrequencyWeight(MatchField.City, 1, nameof(MatchField.City), value));
        // Postcodes hold thousands of people; a busy one proves little.
        _postcode = new ValueWeights(records.Postcode, value => FrequencyWeight(MatchField.Postcode, 1, nameof(MatchField.Postcode), value));
        // Two addresses with one mailbox name (sales@, info@, wangwei@) prove as much as that name is rare.
        _mailbox = new ValueWeights(records.EmailLocal, value => FrequencyWeight(MatchField.Email, 2, TermFrequencies.EmailLocal, value));
    }

    public MatchModel Model => _model;

    /// <summary>The match weight (log2 odds) of the pair.</summary>
    public double Score(int a, int b, ComparisonVector vector)
    {
        var total = _model.PriorWeight;
        foreach (var field in ComparisonLevels.All)
        {
            var level = vector.Level(field);
            if (level == 0) continue;
            // Crosswise or not, the comparison put record a's own value in this slot.
            total += (field, level) switch
            {
                (MatchField.GivenName, 1) => _givenName.Of(a),
                (MatchField.FamilyName, 1) => _familyName.Of(a),
                (MatchField.City, 1) => _city.Of(a),
                (MatchField.Postcode, 1) => _postcode.Of(a),
                (MatchField.Email, 2) => _mailbox.Of(a),
                _ => _weights[(int)field][level],
            };
        }

        return total;
    }

    // Blended with the level's average like every estimate here, so a handful of records cannot make a value look unique.
    private static double Weight(MatchModel model, MatchField field, int level, double count, double total)
    {
        var name = field.ToString();
        var frequency = (count + ModelDefaults.PriorPairs * model.U[name][level]) / (total + ModelDefaults.PriorPairs);
        return Math.Log2(model.M[name][level] / frequency);
    }

    private static int Count(Dictionary<string, int> counts, string value, int unlisted) =>
        counts.TryGetValue(value, out var count) ? count : unlisted;

    /// <summary>
    /// The weight of agreeing on each value of a column, worked out once per value rather than once per pair. Values
    /// interned after the scorer was made (records arriving later) are worked out when asked.
    /// </summary>
    private sealed class ValueWeights
    {
        private readonly FieldColumn _column;
        private readonly Func<string, double> _weigh;
        private readonly double[] _known;

        public ValueWeights(FieldColumn column, Func<string, double> weigh)
        {
            _column = column;
            _weigh = weigh;
            _known = new double[column.Distinct + 1];
            Parallel.For(1, _known.Length, id => _known[id] = weigh(column.ValueOf(id)!));
        }

        public double Of(int record)
        {
            var id = _column.Ids[record];
            return id < _known.Length ? _known[id] : _weigh(_column.ValueOf(id)!);
        }
    }
}
