using System.Globalization;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

/// <summary>Tiny factories for resolution outcomes over what a test loaded.</summary>
internal static class Resolutions
{
    /// <summary>A full outcome: the given assignments, a golden record per customer, and the revision of every loaded record, deleted ones included.</summary>
    public static ResolutionOutcome Full(PendingRecords loaded, IReadOnlyDictionary<long, long> customerOfRecord) =>
        new(customerOfRecord, customerOfRecord.Values.Distinct().Order().Select(Golden).ToList()) { Revisions = RevisionsOf(loaded) };

    public static Dictionary<long, long> RevisionsOf(PendingRecords loaded) =>
        loaded.Changed.Select(r => (r.RowId, r.Revision)).Concat(loaded.Deleted).ToDictionary(p => p.RowId, p => p.Revision);

    /// <summary>Resolves every pending record into a customer of its own, numbered 1, 2, ... in row order; returns row ids by source id.</summary>
    public static async Task<Dictionary<string, long>> ResolveEachAloneAsync(TestDatabase db)
    {
        var loaded = await db.Identity.LoadPendingRecordsAsync(TestDatabase.Ct);
        var customerOfRecord = loaded.Changed.Select((r, i) => (r.RowId, Number: i + 1L)).ToDictionary(p => p.RowId, p => p.Number);
        await db.Identity.SaveResolutionAsync(Full(loaded, customerOfRecord), TestDatabase.Ct);
        return loaded.Changed.ToDictionary(r => r.SourceId, r => r.RowId);
    }

    public static Hub.Core.Model.GoldenCustomer Golden(long number) => Some.Golden(number, "C" + number.ToString(CultureInfo.InvariantCulture));
}
