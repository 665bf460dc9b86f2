using System.Text.Json;
using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>
/// How one identity decision changes when a customer is erased: the erased records it names take their erased ids (so it
/// keeps pointing at the same, now empty, rows), and an override of the customer loses its value.
/// </summary>
internal sealed record DecisionScrub(long Id, string Records, string Apart, bool EraseValue)
{
    /// <summary>The change to decision <paramref name="id"/>, or null when it names nothing erased.</summary>
    /// <param name="id">The decision.</param>
    /// <param name="records">Its stored records, <c>["source:id", ...]</c>.</param>
    /// <param name="apart">Its stored apart list.</param>
    /// <param name="hasValue">Whether it holds an override value.</param>
    /// <param name="customerNumber">The customer it was made on, if any.</param>
    /// <param name="erased">The customer erased.</param>
    /// <param name="erasedRefs">Each erased record's <c>source:id</c> to its erased <c>source:erased:...</c>.</param>
    public static DecisionScrub? Of(
        long id, string records, string apart, bool hasValue, long? customerNumber, long erased, IReadOnlyDictionary<string, string> erasedRefs)
    {
        var (newRecords, recordsChanged) = Rename(records, erasedRefs);
        var (newApart, apartChanged) = Rename(apart, erasedRefs);
        var eraseValue = hasValue && (customerNumber == erased || recordsChanged);
        return recordsChanged || apartChanged || eraseValue ? new DecisionScrub(id, newRecords, newApart, eraseValue) : null;
    }

    private static (string Json, bool Changed) Rename(string json, IReadOnlyDictionary<string, string> erasedRefs)
    {
        var refs = JsonSerializer.Deserialize<List<string>>(json) ?? [];
        var changed = false;
        for (var i = 0; i < refs.Count; i++)
        {
            if (!erasedRefs.TryGetValue(refs[i], out var erased)) continue;
            refs[i] = erased;
            changed = true;
        }

        return changed ? (JsonSerializer.Serialize(refs), true) : (json, false);
    }
}
