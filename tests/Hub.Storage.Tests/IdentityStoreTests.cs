using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

public abstract class IdentityStoreTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Stored_records_load_back_with_every_canonical_field_attributes_and_warnings()
    {
        await using var db = await CreateDatabaseAsync();
        var original = Some.Customer("c1") with
        {
            Kind = CustomerKind.ChannelPartner,
            Warnings = ["phone '123' is too short; left empty"],
            UpdatedAt = new DateTimeOffset(2025, 1, 5, 12, 0, 0, TimeSpan.Zero),
        };
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [original]), Ct);

        var loaded = Assert.Single(await db.Identity.LoadCustomerRecordsAsync(Ct));

        Assert.Equal(("shop", "c1", null), (loaded.Source, loaded.SourceId, loaded.CustomerNumber));
        Assert.Equal(db.Clock.GetUtcNow(), loaded.FirstSeen);
        var record = loaded.Record;
        Assert.Equal(
            (original.Kind, original.FullName, original.GivenName, original.FamilyName, original.Email, original.Phone, original.Street),
            (record.Kind, record.FullName, record.GivenName, record.FamilyName, record.Email, record.Phone, record.Street));
        Assert.Equal(
            (original.City, original.Postcode, original.Country, original.BirthDate, original.Company, original.ExternalId, original.UpdatedAt),
            (record.City, record.Postcode, record.Country, record.BirthDate, record.Company, record.ExternalId, record.UpdatedAt));
        Assert.Equal(original.Attributes.OrderBy(a => a.Key), record.Attributes.OrderBy(a => a.Key));
        Assert.Equal(original.Warnings, record.Warnings);
    }

    [Fact]
    public async Task A_saved_resolution_loads_back_with_its_customer_numbers_and_golden_records()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 3);
        var golden = new[] { Some.Golden(1, "Fang") with { RecordCount = 2, City = "北京" }, Some.Golden(2, "Lei") };

        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows["c1"]] = 1, [rows["c2"]] = 1, [rows["c3"]] = 2 }, golden), Ct);
        await db.ReopenAsync();

        var numbers = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.SourceId, r => r.CustomerNumber);
        Assert.Equal(new Dictionary<string, long?> { ["c1"] = 1, ["c2"] = 1, ["c3"] = 2 }, numbers);
        var first = await db.Queries.GetCustomerAsync(1, Ct);
        Assert.NotNull(first);
        Assert.Equal((golden[0].DisplayName, golden[0].Email, "北京", golden[0].BirthDate, 2), (first.DisplayName, first.Email, first.City, first.BirthDate, first.RecordCount));
        Assert.Equal(golden[0].Emails, first.Emails);
        Assert.Equal(golden[0].Phones, first.Phones);
        Assert.Equal(2, await db.Queries.CountCustomersAsync(Ct));
        Assert.Equal(2, await db.Identity.GetMaxCustomerNumberAsync(Ct));
    }

    [Fact]
    public async Task The_highest_customer_number_never_goes_down_when_customers_disappear()
    {
        await using var db = await CreateDatabaseAsync();
        Assert.Equal(0, await db.Identity.GetMaxCustomerNumberAsync(Ct));
        var rows = (await SeededRecords.AddAsync(db, 2)).Values.Order().ToList();
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows[0]] = 7, [rows[1]] = 9 }, [Some.Golden(7, "A"), Some.Golden(9, "B")]), Ct);

        // The two records turn out to be one person: customer 9 is merged into 7 and is never handed out again.
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows[0]] = 7, [rows[1]] = 7 }, [Some.Golden(7, "A") with { RecordCount = 2 }]), Ct);

        Assert.Equal(9, await db.Identity.GetMaxCustomerNumberAsync(Ct));
        Assert.Null(await db.Queries.GetCustomerAsync(9, Ct));
        Assert.Equal(1, await db.Queries.CountCustomersAsync(Ct));
    }

    [Fact]
    public async Task A_deleted_record_loses_its_customer_and_is_not_loaded_for_resolution()
    {
        await using var db = await CreateDatabaseAsync();
        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), Some.Customers(2)), Ct);
        var rows = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.SourceId, r => r.RowId);
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows["c1"]] = 1, [rows["c2"]] = 2 }, [Some.Golden(1, "A"), Some.Golden(2, "B")]), Ct);

        await db.Ingest.CommitBatchAsync(Some.Batch(await db.StartRunAsync(), [new CustomerRecord { SourceId = "c2", IsDeleted = true }]), Ct);
        // A resolution that still names the deleted record (it loaded before the delete) must not give it a customer again.
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows["c1"]] = 1, [rows["c2"]] = 2 }, [Some.Golden(1, "A")]), Ct);

        Assert.Equal("c1", Assert.Single(await db.Identity.LoadCustomerRecordsAsync(Ct)).SourceId);
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM customer_records WHERE source_id = 'c2' AND customer_number IS NOT NULL;"));
        Assert.Equal(2, await db.Identity.GetMaxCustomerNumberAsync(Ct));
    }
}

public sealed class SqliteIdentityStoreTests() : IdentityStoreTests(StorageEngine.Sqlite);

public sealed class PostgresIdentityStoreTests() : IdentityStoreTests(StorageEngine.Postgres);
