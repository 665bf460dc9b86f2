using System.Runtime.InteropServices;
using Hub.Core.Model;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// How well the resolved customers match the generator's truth, pairwise: a pair of records is predicted when both are in
/// one customer, true when both are one person, correct when both. The pairs are counted from group sizes (a group of n
/// records holds n(n-1)/2 pairs; the correct pairs are those within each (customer, person) cell), never enumerated, so
/// an engine that wrongly lumps thousands of records together is still scored exactly and in linear time.
/// </summary>
/// <param name="Records">Records in the truth.</param>
/// <param name="Customers">Customers the resolution made.</param>
/// <param name="People">Real people behind the records.</param>
/// <param name="PredictedPairs">Pairs of records put in one customer.</param>
/// <param name="TruePairs">Pairs of records of one person.</param>
/// <param name="CorrectPairs">Pairs both predicted and true.</param>
/// <param name="Unresolved">Records of the truth that no customer holds (should be none).</param>
/// <param name="Unknown">Records in customers that the truth does not know (should be none).</param>
internal sealed record PairwiseAccuracy(
    long Records, int Customers, int People, long PredictedPairs, long TruePairs, long CorrectPairs, long Unresolved, long Unknown)
{
    /// <summary>Correct share of the predicted pairs; 1 when nothing was linked, since then no link is wrong.</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    /// <summary>Found share of the true pairs; 1 when there was nothing to find.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static async Task<PairwiseAccuracy> ScoreAsync(
        IAsyncEnumerable<ClusterRow> clusters, IReadOnlyDictionary<(string Source, string SourceId), int> truth, CancellationToken cancellationToken)
    {
        var customerSizes = new Dictionary<long, long>();
        var cellSizes = new Dictionary<(long Customer, int Person), long>();
        long matched = 0, unknown = 0;
        await foreach (var row in clusters.WithCancellation(cancellationToken))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(customerSizes, row.CustomerNumber, out _)++;
            if (truth.TryGetValue((row.Source, row.SourceId), out var person))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(cellSizes, (row.CustomerNumber, person), out _)++;
                matched++;
            }
            else
            {
                unknown++;
            }
        }

        // Over every record of the truth: one that no customer holds is linked to nobody, and its pairs count as missed.
        var personSizes = truth.Values.CountBy(person => person).Select(p => (long)p.Value).ToList();
        return new PairwiseAccuracy(
            Records: truth.Count,
            Customers: customerSizes.Count,
            People: personSizes.Count,
            PredictedPairs: customerSizes.Values.Sum(Pairs),
            TruePairs: personSizes.Sum(Pairs),
            CorrectPairs: cellSizes.Values.Sum(Pairs),
            Unresolved: truth.Count - matched,
            Unknown: unknown);
    }

    private static long Pairs(long size) => size * (size - 1) / 2;
}
