using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

/// <summary>Erasing a customer: its records, golden record and decisions lose the person, in one step the audit log records.</summary>
public abstract class ErasureStoreTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task An_erasure_empties_the_records_renames_them_in_decisions_removes_the_customer_and_logs_the_suppressions()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 3);
        await db.Identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [rows["c1"]] = 1, [rows["c2"]] = 1, [rows["c3"]] = 2 },
            [Resolutions.Golden(1) with { RecordCount = 2 }, Resolutions.Golden(2)])
        { Links = [new LinkEvidence(rows["c1"], rows["c2"], 9.5, 1, "model", 1)] }, Ct);
        await db.Decisions.AppendAsync(new IdentityDecision
        {
            Kind = DecisionKind.Merge,
            Records = [new RecordRef("shop", "c1"), new RecordRef("shop", "c3")],
            Reason = "same person",
            Actor = "ops",
        }, Ct);
        IReadOnlyList<ErasableRecord>? seen = null;

        var result = await db.Erasures.EraseAsync(1, "GDPR request", "ops", records =>
        {
            seen = records;
            return [.. records.Select(r => new Suppression(SuppressionKind.Email, IdentifierHash.Of(r.Email!)))];
        }, Ct);

        Assert.NotNull(result);
        Assert.Equal(["c1@example.com", "c2@example.com"], seen!.Select(r => r.Email).Order());
        var erasure = result.Erasure;
        Assert.Equal((1L, 2L, 1L, 2L), (erasure.CustomerNumber, erasure.SourceRecords, erasure.Decisions, erasure.Suppressions));
        Assert.Null(await db.Queries.GetCustomerAsync(1, Ct));
        Assert.Empty(await db.Identity.LoadLinksAsync(1, Ct));
        Assert.Equal(["c3"], (await db.Identity.LoadCustomerRecordsAsync(Ct)).Select(r => r.SourceId));
        Assert.Equal(2, await db.ScalarAsync<long>("SELECT count(*) FROM customer_records WHERE source_id LIKE 'erased:%' AND email IS NULL AND customer_number IS NULL;"));
        var decision = Assert.Single(await db.Decisions.ListAsync(Ct));
        Assert.Equal([IdentifierHash.ErasedSourceId("shop", "c1"), "c3"], decision.Records.Select(r => r.SourceId));
        Assert.Equal(2, (await db.Erasures.LoadSuppressionsAsync(Ct)).Count);
        Assert.Equal("GDPR request", Assert.Single(await db.Erasures.ListAsync(10, Ct)).Reason);
        Assert.Equal(result.ResolutionGeneration, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);
    }

    [Fact]
    public async Task Erasing_an_unknown_customer_changes_nothing_and_a_resolution_computed_before_an_erasure_is_refused()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 2);
        await Resolutions.ResolveEachAloneAsync(db);
        var erasuresSeen = await db.Identity.CountErasuresAsync(Ct);

        Assert.Null(await db.Erasures.EraseAsync(99, "typo", "ops", _ => [], Ct));
        await db.Erasures.EraseAsync(2, "request", "ops", _ => [], Ct);
        var stale = new ResolutionOutcome(new Dictionary<long, long> { [rows["c1"]] = 1, [rows["c2"]] = 2 }, [Resolutions.Golden(1), Resolutions.Golden(2)])
        {
            ErasuresSeen = erasuresSeen,
        };

        await Assert.ThrowsAsync<StaleResolutionException>(() => db.Identity.SaveResolutionAsync(stale, Ct));
        Assert.Null(await db.Queries.GetCustomerAsync(2, Ct));
        Assert.Equal(1, await db.Queries.CountCustomersAsync(Ct));
    }
}

public sealed class SqliteErasureStoreTests() : ErasureStoreTests(StorageEngine.Sqlite);

public sealed class PostgresErasureStoreTests() : ErasureStoreTests(StorageEngine.Postgres);
