using Hub.Contracts;
using Hub.Core.Model;
using Hub.SampleData;

namespace Hub.Identity.Tests.Incremental;

/// <summary>Multi-channel customer records from the sample generator, as the store would hand them to the engine.</summary>
internal static class GeneratedRecords
{
    public static List<StoredCustomerRecord> Create(int people, int seed)
    {
        var generator = new SampleDataGenerator(new SampleDataOptions(people, seed) { IncludeDirtyRows = false });
        var rows = generator.People().SelectMany(p => p.Records).ToList();
        // Shuffled as channels deliver them, with row ids in arrival order.
        var random = new Random(seed);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows));
        return rows.Select((row, i) => Stored(i + 1, row)).ToList();
    }

    private static StoredCustomerRecord Stored(long rowId, SampleCustomerRow row) => new()
    {
        RowId = rowId,
        Source = row.Source,
        SourceId = row.SourceId,
        FirstSeen = Some.Epoch,
        LastChanged = Some.Epoch.AddMinutes(rowId),
        Record = row.ToRecord(),
    };
}
