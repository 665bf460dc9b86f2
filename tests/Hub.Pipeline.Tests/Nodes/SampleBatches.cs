using Hub.Contracts;
using Hub.SampleData;

namespace Hub.Pipeline.Tests.Nodes;

/// <summary>One source's batch of customer records.</summary>
internal sealed record SampleBatch(string Source, IReadOnlyList<SourceRecord> Records);

/// <summary>
/// Customers of the sample generator's four channels (a person often has rows in several, with typos, other formats and
/// missing fields), dealt into batches for two nodes: each node gets about half of every source, so most people's records
/// arrive through both nodes.
/// </summary>
internal static class SampleBatches
{
    /// <summary>The batches of each node, in the order that node stores them.</summary>
    public static (IReadOnlyList<SampleBatch> First, IReadOnlyList<SampleBatch> Second) ForTwoNodes(int people, int batchSize, int seed)
    {
        var rows = new SampleDataGenerator(new SampleDataOptions(people, seed) { IncludeDirtyRows = false }).People().SelectMany(p => p.Records).ToList();
        // As channels deliver them: in no order of person.
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows));
        var first = new List<SampleBatch>();
        var second = new List<SampleBatch>();
        foreach (var source in rows.GroupBy(r => r.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var records = source.Select(SampleCustomerRecords.ToRecord).ToList();
            var i = 0;
            foreach (var chunk in records.Chunk(batchSize)) (i++ % 2 == 0 ? first : second).Add(new SampleBatch(source.Key, chunk));
        }

        return (Interleave(first), Interleave(second));
    }

    // Sources take turns, as several connectors' syncs do, rather than one source's batches all coming first.
    private static List<SampleBatch> Interleave(List<SampleBatch> batches) =>
        batches.Select((b, i) => (b, Turn: batches.Take(i).Count(o => o.Source == b.Source))).OrderBy(x => x.Turn).Select(x => x.b).ToList();
}
