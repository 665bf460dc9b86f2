using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

public abstract class LineageStorageTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Golden_lineage_is_stored_compactly_and_reads_back_field_by_field()
    {
        await using var db = await CreateDatabaseAsync();
        var row = Assert.Single(await SeededRecords.AddAsync(db, 1)).Value;
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

public sealed class SqliteLineageStorageTests() : LineageStorageTests(StorageEngine.Sqlite);

public sealed class PostgresLineageStorageTests() : LineageStorageTests(StorageEngine.Postgres);
