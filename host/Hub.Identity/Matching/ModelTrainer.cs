namespace Hub.Identity.Matching;

/// <summary>
/// Estimates a <see cref="MatchModel"/> from the records themselves, as Fellegi–Sunter tools do without labels:
/// u from strangers (exact agreement from the value frequencies, the other levels from random pairs, nearly all of which
/// are different people), m and the share of matches by expectation-maximisation over the candidate pairs' comparison patterns.
/// </summary>
internal static class ModelTrainer
{
    // Enough for levels as rare as 1 in 10,000 to be seen dozens of times; exact agreement, the rarest, is counted exactly.
    private const int RandomPairs = 300_000;
    private const int MaxIterations = 100;
    private const double Converged = 1e-7;
    // Fixed, so that retraining on the same records gives the same model.
    private const int Seed = 20_261_126;

    public static MatchModel Train(
        PreparedRecords records, PairComparer comparer, IReadOnlyDictionary<ulong, long> patterns, long candidatePairs, int version, DateTimeOffset now)
    {
        var fields = ComparisonLevels.Fields;
        var agreement = fields.Select(f => ExactAgreement(ColumnOf(records, f))).ToArray();
        var u = EstimateU(records, comparer, agreement, expected: null);
        var m = EstimateMByRule(patterns, u);
        var (share, expected) = EstimateShare(patterns, m, u);
        // Among all pairs agreeing exactly on an identifier, the true matches are not strangers: with few records (or many
        // duplicates) they would make it look common. The first pass says how many there are; take them out.
        u = EstimateU(records, comparer, agreement, expected);
        m = EstimateMByRule(patterns, u);
        (share, _) = EstimateShare(patterns, m, u);
        var randomPairs = records.Count * (records.Count - 1.0) / 2;
        // The expected number of true pairs among candidates, spread over all pairs, is the prior for any one pair.
        var prior = randomPairs <= 0 ? 1e-6 : Math.Clamp(share * candidatePairs / randomPairs, 1e-12, 0.5);
        return new MatchModel
        {
            Version = version,
            TrainedAt = now,
            Records = records.Count,
            Pairs = candidatePairs,
            RandomMatchProbability = prior,
            M = fields.ToDictionary(f => f.ToString(), f => m[(int)f]),
            U = fields.ToDictionary(f => f.ToString(), f => u[(int)f]),
            Terms = TermFrequencies.Count(records),
        };
    }

    private static double[][] EstimateU(PreparedRecords records, PairComparer comparer, (double Agreeing, double Pairs)[] agreement, ExpectedMatches? expected)
    {
        var fields = ComparisonLevels.Fields;
        var counts = fields.Select(f => new double[ComparisonLevels.Count(f)]).ToArray();
        var n = records.Count;
        if (n >= 2)
        {
            var random = new Random(Seed);
            var all = n * (n - 1L) / 2;
            var sample = new (int A, int B)[Math.Min(all, RandomPairs)];
            if (all <= RandomPairs)
            {
                var next = 0;
                for (var a = 0; a < n; a++)
                {
                    for (var b = a + 1; b < n; b++) sample[next++] = (a, b);
                }
            }
            else
            {
                for (var s = 0; s < sample.Length; s++)
                {
                    var a = random.Next(n);
                    var b = random.Next(n - 1);
                    sample[s] = (a, b >= a ? b + 1 : b);
                }
            }

            // Drawn in order above, compared on every core here: the same pairs, so the same model, every time.
            var vectors = new ComparisonVector[sample.Length];
            Parallel.For(0, sample.Length, s => vectors[s] = comparer.Compare(sample[s].A, sample[s].B));
            foreach (var vector in vectors) Count(counts, vector);
        }

        var u = new double[fields.Count][];
        foreach (var field in fields)
        {
            var prior = ModelDefaults.UOf(field);
            var c = counts[(int)field];
            var (agreeing, pairs) = agreement[(int)field];
            // Only identifiers: strangers almost never share one, so nearly all their agreement is duplicates. Names, dates
            // and places are shared by strangers often enough that the raw frequencies are the better estimate.
            if (expected is not null && field is MatchField.Email or MatchField.Phone or MatchField.ExternalId)
            {
                agreeing = Math.Max(agreeing - expected.Exact[(int)field], 0);
                pairs = Math.Max(pairs - expected.Present[(int)field], agreeing);
            }

            var exact = (agreeing + ModelDefaults.PriorPairs * prior[1]) / (pairs + ModelDefaults.PriorPairs);
            // The other levels share what exact agreement leaves, in the proportions the random pairs show.
            var rest = 0.0;
            var priorRest = 0.0;
            for (var level = 2; level < c.Length; level++)
            {
                rest += c[level];
                priorRest += prior[level];
            }

            var levels = new double[c.Length];
            levels[1] = exact;
            for (var level = 2; level < c.Length; level++)
            {
                var share = (c[level] + ModelDefaults.PriorPairs * prior[level] / priorRest) / (rest + ModelDefaults.PriorPairs);
                levels[level] = (1 - exact) * share;
            }

            u[(int)field] = levels;
        }

        return u;
    }

    private static void Count(double[][] counts, ComparisonVector vector)
    {
        foreach (var field in ComparisonLevels.All) counts[(int)field][vector.Level(field)]++;
    }

    /// <summary>How many pairs of records with values agree exactly (Σ c(c-1)/2 over value counts), out of how many pairs.</summary>
    private static (double Agreeing, double Pairs) ExactAgreement(FieldColumn column)
    {
        var n = (double)column.NonNull;
        var agreeing = 0.0;
        for (var id = 1; id <= column.Distinct; id++)
        {
            double c = column.Count(id);
            agreeing += c * (c - 1) / 2;
        }

        return (agreeing, n * (n - 1) / 2);
    }

    private static FieldColumn ColumnOf(PreparedRecords records, MatchField field) => field switch
    {
        MatchField.GivenName => records.GivenName,
        MatchField.FamilyName => records.FamilyName,
        MatchField.BirthDate => records.BirthDate,
        MatchField.Email => records.Email,
        MatchField.Phone => records.Phone,
        MatchField.Street => records.Street,
        MatchField.City => records.City,
        MatchField.Postcode => records.Postcode,
        _ => records.ExternalId,
    };

    /// <summary>
    /// m, estimated rule by rule as Splink does: among the pairs that agree on an e-mail (or a phone, an external id, a
    /// whole name, a birth date) matches and non-matches separate on the other fields, and each field's m is the average
    /// of what the rules that do not use it found. One expectation-maximisation over all candidates instead would settle
    /// on whatever structure dominates them (same family name in the same city, say) rather than on "same person".
    /// </summary>
    private static double[][] EstimateMByRule(IReadOnlyDictionary<ulong, long> patterns, double[][] u)
    {
        var fields = ComparisonLevels.Fields;
        var sums = fields.Select(f => new double[ComparisonLevels.Count(f)]).ToArray();
        var estimates = new int[fields.Count];
        foreach (var rule in TrainingRule.All)
        {
            var subset = new Dictionary<ulong, long>();
            long pairs = 0;
            foreach (var (key, count) in patterns)
            {
                var vector = new ComparisonVector(key);
                if (!rule.Holds(vector)) continue;
                var masked = rule.Mask(key);
                subset[masked] = subset.GetValueOrDefault(masked) + count;
                pairs += count;
            }

            if (pairs < TrainingRule.MinPairs) continue;
            var m = EstimateM(subset, u);
            foreach (var field in fields)
            {
                if (rule.Uses(field)) continue;
                estimates[(int)field]++;
                for (var level = 1; level < m[(int)field].Length; level++) sums[(int)field][level] += m[(int)field][level];
            }
        }

        return fields
            .Select(f => estimates[(int)f] == 0 ? ModelDefaults.MOf(f) : sums[(int)f].Select(v => v / estimates[(int)f]).ToArray())
            .ToArray();
    }

    /// <summary>The share of candidate pairs that match, with m and u fixed, and what those matches agree on.</summary>
    private static (double Share, ExpectedMatches Expected) EstimateShare(IReadOnlyDictionary<ulong, long> patterns, double[][] m, double[][] u)
    {
        var fields = ComparisonLevels.Fields;
        var vectors = patterns.Select(p => (Ratio: LikelihoodRatio(new ComparisonVector(p.Key), m, u), Vector: new ComparisonVector(p.Key), Count: (double)p.Value)).ToArray();
        var share = 0.1;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double matched = 0, total = 0;
            foreach (var (ratio, _, count) in vectors)
            {
                matched += count * Posterior(ratio, share);
                total += count;
            }

            var next = total == 0 ? share : Math.Clamp(matched / total, 1e-9, 1 - 1e-9);
            var change = Math.Abs(next - share);
            share = next;
            if (change < Converged) break;
        }

        var expected = new ExpectedMatches(new double[fields.Count], new double[fields.Count]);
        foreach (var (ratio, vector, count) in vectors)
        {
            var weight = count * Posterior(ratio, share);
            foreach (var field in ComparisonLevels.All)
            {
                var level = vector.Level(field);
                if (level == 1) expected.Exact[(int)field] += weight;
                if (level != 0) expected.Present[(int)field] += weight;
            }
        }

        return (share, expected);
    }

    // log(P(vector | match) / P(vector | non-match)).
    private static double LikelihoodRatio(ComparisonVector vector, double[][] m, double[][] u)
    {
        var ratio = 0.0;
        foreach (var field in ComparisonLevels.All)
        {
            var level = vector.Level(field);
            if (level != 0) ratio += Math.Log(m[(int)field][level]) - Math.Log(u[(int)field][level]);
        }

        return ratio;
    }

    private static double Posterior(double logRatio, double share) => 1 / (1 + Math.Exp(-logRatio - Math.Log(share) + Math.Log(1 - share)));

    /// <summary>m by expectation-maximisation over one group of patterns, with u fixed.</summary>
    private static double[][] EstimateM(IReadOnlyDictionary<ulong, long> patterns, double[][] u)
    {
        var fields = ComparisonLevels.Fields;
        var m = fields.Select(ModelDefaults.MOf).ToArray();
        var share = 0.1;
        var vectors = patterns.Select(p => (Vector: new ComparisonVector(p.Key), Count: (double)p.Value)).ToArray();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var mSums = fields.Select(f => new double[ComparisonLevels.Count(f)]).ToArray();
            var matched = 0.0;
            var total = 0.0;
            foreach (var (vector, count) in vectors)
            {
                var logMatch = Math.Log(share);
                var logOther = Math.Log(1 - share);
                foreach (var field in ComparisonLevels.All)
                {
                    var level = vector.Level(field);
                    if (level == 0) continue;
                    logMatch += Math.Log(m[(int)field][level]);
                    logOther += Math.Log(u[(int)field][level]);
                }

                var posterior = 1 / (1 + Math.Exp(logOther - logMatch));
                matched += posterior * count;
                total += count;
                foreach (var field in ComparisonLevels.All) mSums[(int)field][vector.Level(field)] += posterior * count;
            }

            var change = 0.0;
            foreach (var field in fields)
            {
                var sums = mSums[(int)field];
                var prior = ModelDefaults.MOf(field);
                var present = 0.0;
                for (var level = 1; level < sums.Length; level++) present += sums[level];
                // Blended with the defaults: a level no candidate reached keeps a small, not a zero, probability.
                for (var level = 1; level < sums.Length; level++)
                {
                    var next = (sums[level] + ModelDefaults.PriorPairs * 0.1 * prior[level]) / (present + ModelDefaults.PriorPairs * 0.1);
                    change = Math.Max(change, Math.Abs(next - m[(int)field][level]));
                    m[(int)field][level] = next;
                }
            }

            var nextShare = total == 0 ? share : Math.Clamp(matched / total, 1e-6, 1 - 1e-6);
            change = Math.Max(change, Math.Abs(nextShare - share));
            share = nextShare;
            if (change < Converged) break;
        }

        return m;
    }

    /// <summary>Per field, how many candidate pairs the model expects are true matches agreeing exactly, and with values on both sides.</summary>
    private sealed record ExpectedMatches(double[] Exact, double[] Present);
}
