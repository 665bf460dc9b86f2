using System.Globalization;

namespace Hub.Linkage.Tests;

/// <summary>
/// How well a predicted clustering of records matches the true entities: pairwise precision, recall and F1 (a pair
/// is predicted when both records share a cluster, true when both belong to one entity) and B-cubed F1.
/// </summary>
/// <remarks>
/// Pairs are counted exactly from group sizes (n records in a group make n(n-1)/2 pairs), never enumerated, so
/// a clustering that wrongly merges thousands of records still scores in linear time.
/// </remarks>
internal sealed record LinkageScore(
    int Records,
    int PredictedClusters,
    int TrueClusters,
    long PredictedPairs,
    long TruePairs,
    long CorrectPairs,
    double BCubedPrecision,
    double BCubedRecall)
{
    /// <summary>Correct share of predicted pairs; 1 when nothing was linked, since no link was wrong.</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    /// <summary>Found share of true pairs; 1 when there is nothing to find.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Harmonic(Precision, Recall);

    public double BCubedF1 => Harmonic(BCubedPrecision, BCubedRecall);

    /// <summary>
    /// Scores <paramref name="predicted"/> against <paramref name="truth"/>; both map every record to a cluster label
    /// and must cover the same records. B-cubed always looks at whole clusters, whatever the <paramref name="scope"/>.
    /// </summary>
    public static LinkageScore Compute(
        IReadOnlyDictionary<RecordKey, string> predicted, IReadOnlyDictionary<RecordKey, string> truth, PairScope scope)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        if (truth.Count == 0) throw new ArgumentException("there are no records to score", nameof(truth));
        RequireSameRecords(predicted, truth);

        var records = truth.Keys.ToList();
        // A pair is correct exactly when both records share the (predicted, true) cell of the contingency table.
        var predictedPairs = CountPairs(records, r => predicted[r], scope);
        var truePairs = CountPairs(records, r => truth[r], scope);
        var correctPairs = CountPairs(records, r => (predicted[r], truth[r]), scope);

        var predictedSize = SizesBy(records, r => predicted[r]);
        var trueSize = SizesBy(records, r => truth[r]);
        var cellSize = SizesBy(records, r => (predicted[r], truth[r]));
        double precisionSum = 0, recallSum = 0;
        foreach (var record in records)
        {
            double overlap = cellSize[(predicted[record], truth[record])];
            precisionSum += overlap / predictedSize[predicted[record]];
            recallSum += overlap / trueSize[truth[record]];
        }

        return new LinkageScore(records.Count, predictedSize.Count, trueSize.Count, predictedPairs, truePairs, correctPairs,
            precisionSum / records.Count, recallSum / records.Count);
    }

    /// <summary>One log line, e.g. <c>febrl3: precision 0.998 recall 0.995 F1 0.997 (B-cubed F1 0.998), 5,000 records, ...</c>.</summary>
    public string Describe(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: precision {Precision:0.000} recall {Recall:0.000} F1 {F1:0.000} (B-cubed F1 {BCubedF1:0.000}), " +
        $"{Records:N0} records, {PredictedClusters:N0} customers (truth {TrueClusters:N0} entities); " +
        $"pairs {CorrectPairs:N0} correct of {PredictedPairs:N0} predicted, {TruePairs:N0} true");

    private static long CountPairs<TGroup>(List<RecordKey> records, Func<RecordKey, TGroup> group, PairScope scope)
        where TGroup : notnull
    {
        var pairs = SumOfPairs(SizesBy(records, group));
        // Cross-source pairs are all pairs less those whose two records share a source.
        if (scope == PairScope.CrossSource) pairs -= SumOfPairs(SizesBy(records, r => (group(r), r.Source)));
        return pairs;
    }

    private static Dictionary<TGroup, int> SizesBy<TGroup>(List<RecordKey> records, Func<RecordKey, TGroup> group)
        where TGroup : notnull
    {
        var sizes = new Dictionary<TGroup, int>();
        foreach (var record in records)
        {
            var key = group(record);
            sizes[key] = sizes.GetValueOrDefault(key) + 1;
        }

        return sizes;
    }

    private static long SumOfPairs<TGroup>(Dictionary<TGroup, int> sizes) where TGroup : notnull =>
        sizes.Values.Sum(n => (long)n * (n - 1) / 2);

    private static double Harmonic(double a, double b) => a + b == 0 ? 0 : 2 * a * b / (a + b);

    // Scoring a partial clustering would quietly count the missing records as neither linked nor found.
    private static void RequireSameRecords(IReadOnlyDictionary<RecordKey, string> predicted, IReadOnlyDictionary<RecordKey, string> truth)
    {
        var missing = truth.Keys.Where(k => !predicted.ContainsKey(k)).ToList();
        var unknown = predicted.Keys.Where(k => !truth.ContainsKey(k)).ToList();
        if (missing.Count == 0 && unknown.Count == 0) return;
        throw new ArgumentException(
            $"the clustering and the truth cover different records: {missing.Count} without a predicted cluster " +
            $"(e.g. {string.Join(", ", missing.Take(3))}), {unknown.Count} not in the truth (e.g. {string.Join(", ", unknown.Take(3))})",
            nameof(predicted));
    }
}
