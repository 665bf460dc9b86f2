using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

public sealed class LineageStorageTests
{
    private static CancellationToken Ct => TestDatabase.Ct;

    [Fact]
    public async Task Golden_lineage_is_stored_compactly_and_reads_back_field_by_field()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(1)), Ct);
        var row = Assert.Single(await db.Identity.LoadCustomerRecordsAsync(Ct)).RowId;
        var changed = new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(2));
        var lineage = new Dictionary<string, FieldLineage>
        {
            ["email"] = new("shop", "1042", changed, "most-recent"),
            ["city"] = new("crm", "id:with \"quotes\"", changed.AddDays(-3), "source-priority"),
            ["birth_date"] = new("operator", "17", changed.AddDays(1), "override"),
        };
        var golden = Some.Golden(1, "Fang") with { Lineage = lineage };

        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long> { [row] = 1 }, [golden, Some.Golden(2, "Lei")]), Ct);
        await db.ReopenAsync();

        var stored = await db.Queries.GetCustomerAsync(1, Ct);
        Assert.NotNull(stored);
        Assert.Equal(lineage.OrderBy(p => p.Key), stored.Lineage.OrderBy(p => p.Key));
        Assert.Equal(changed, stored.Lineage["email"].ChangedAt);
        Assert.Empty(Assert.Single(await db.Queries.ListCustomersAsync(1, 10, Ct)).Lineage);
        var text = await db.ScalarAsync<string>("SELECT lineage FROM customers WHERE number = 1;");
        Assert.StartsWith("{\"email\":[\"shop\",\"1042\",\"2024-05-01T07:30:00.0000000Z\",\"most-recent\"],\"city\":", text, StringComparison.Ordinal);
    }
}
