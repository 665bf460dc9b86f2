namespace Hub.Storage.Tests;

/// <summary>
/// What ingest stored, read with portable SQL rather than through the query and identity ports, so the ingest tests check
/// the rows themselves and run on an engine before its query ports do.
/// </summary>
internal static class StoredRecords
{
    /// <summary>Customer records that are not deleted.</summary>
    public static Task<long> LiveCustomerRecordsAsync(this TestDatabase db) =>
        db.ScalarAsync<long>("SELECT count(*) FROM customer_records WHERE NOT is_deleted;");

    /// <summary>Orders that are not deleted, and how many of them have a live customer record to attach to.</summary>
    public static async Task<(long Orders, long Attached)> LiveOrdersAsync(this TestDatabase db) =>
        (await db.ScalarAsync<long>("SELECT count(*) FROM orders WHERE NOT is_deleted;"),
         await db.ScalarAsync<long>(
             "SELECT count(*) FROM orders o JOIN customer_records c ON c.source = o.source AND c.source_id = o.customer_source_id " +
             "AND NOT c.is_deleted WHERE NOT o.is_deleted;"));

    /// <summary>A column of the customer record with this source id (test ids and column names only: they go into the SQL as written).</summary>
    public static Task<string?> CustomerRecordAsync(this TestDatabase db, string sourceId, string column) =>
        db.ScalarAsync<string?>($"SELECT {column} FROM customer_records WHERE source_id = '{sourceId}';");
}
