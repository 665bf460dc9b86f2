using System.Globalization;
using System.Text;
using Hub.Storage.Common;

namespace Hub.Storage.Tests;

/// <summary>
/// Customer records stored by plain SQL rather than by ingest, for tests of what reads, resolves and erases them: they run
/// on an engine whose ingest is not ported yet. Only the columns those tests look at are filled.
/// </summary>
internal static class SeededRecords
{
    /// <summary>Stores records c{from}.. of <paramref name="source"/>; returns their row ids by source id.</summary>
    public static async Task<Dictionary<string, long>> AddAsync(TestDatabase db, int count, int from = 1, string source = "shop")
    {
        var now = IsoText.Timestamp(db.Clock.GetUtcNow());
        var sql = new StringBuilder(
            "INSERT INTO customer_records (source, source_id, kind, full_name, email, city, content_hash, first_seen, last_changed, last_run_id) VALUES ");
        for (var i = from; i < from + count; i++)
        {
            var id = "c" + i.ToString(CultureInfo.InvariantCulture);
            if (i > from) sql.Append(", ");
            sql.Append(CultureInfo.InvariantCulture, $"('{source}', '{id}', 'Person', 'Wang Fang {id}', '{id}@example.com', '北京', {i}, '{now}', '{now}', 1)");
        }

        await db.ScalarAsync<long>(sql.Append(';').ToString());
        var rows = new Dictionary<string, long>();
        foreach (var record in await db.Identity.LoadCustomerRecordsAsync(TestDatabase.Ct))
        {
            if (record.Source == source) rows[record.SourceId] = record.RowId;
        }

        return rows;
    }
}
