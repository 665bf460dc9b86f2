using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Storage.Tests;

/// <summary>
/// Two nodes saving resolutions over one database at once: saves queue up, one computed on input the other has replaced is
/// refused (a resolution of changes always, a full one when it names the generation or decision log it read), and the
/// customers that remain are one node's clustering, whole, with no customer twice.
/// </summary>
public abstract class ResolutionConcurrencyTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Two_nodes_saving_changes_from_the_same_generation_at_once_end_with_one_of_them_and_the_other_refused()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 4);
        await Resolutions.ResolveEachAloneAsync(db);
        var generation = (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation;
        await using var other = db.OpenAnother();
        // Node A merges c1 and c2 into customer 1; node B, from the same generation, merges c2, c3 and c4 into a new customer 5.
        var mergeA = Changes(generation, new() { [rows["c1"]] = 1, [rows["c2"]] = 1 }, [1], removed: [2]);
        var mergeB = Changes(generation, new() { [rows["c2"]] = 5, [rows["c3"]] = 5, [rows["c4"]] = 5 }, [5], removed: [2, 3, 4]);

        var saves = await SaveAtOnceAsync((db.Identity, mergeA), (other.GetRequiredService<IIdentityStore>(), mergeB));

        var refused = Assert.Single(saves, s => s is StaleResolutionException);
        var winner = saves[0] is null ? mergeA : mergeB;
        Assert.Equal(saves[0] is null ? 1 : 0, Array.IndexOf(saves, refused));
        var numbers = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.RowId, r => r.CustomerNumber);
        foreach (var (row, customer) in winner.CustomerOfRecord) Assert.Equal(customer, numbers[row]);
        await AssertEveryCustomerOnceAsync(db);
        Assert.Equal(generation + 1, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);
    }

    [Fact]
    public async Task Two_nodes_saving_full_resolutions_at_once_leave_one_whole_clustering_without_duplicate_customers()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 40);
        await using var other = db.OpenAnother();
        // Node A puts every record in one customer; node B gives each its own, numbered from 1 as node A's.
        var together = rows.Values.ToDictionary(row => row, _ => 1L);
        var apart = rows.Values.Order().Select((row, i) => (row, Number: i + 1L)).ToDictionary(p => p.row, p => p.Number);
        var outcomeA = new ResolutionOutcome(together, [Resolutions.Golden(1) with { RecordCount = 40 }]);
        var outcomeB = new ResolutionOutcome(apart, apart.Values.Select(Resolutions.Golden).ToList());

        var saves = await SaveAtOnceAsync((db.Identity, outcomeA), (other.GetRequiredService<IIdentityStore>(), outcomeB));

        Assert.All(saves, Assert.Null);
        var numbers = (await db.Identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.RowId, r => r.CustomerNumber!.Value);
        Assert.True(numbers.Values.Distinct().Count() is 1 or 40, "the records hold a mix of both clusterings");
        await AssertEveryCustomerOnceAsync(db);
        Assert.Equal(2, (await db.Identity.LoadPendingRecordsAsync(Ct)).Generation);
    }

    [Fact]
    public async Task A_full_save_computed_before_another_node_saved_is_refused_when_it_names_the_generation_it_read()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 3);
        await using var other = db.OpenAnother();
        var generation = await db.Identity.GetResolutionGenerationAsync(Ct);
        var stale = new ResolutionOutcome(rows.Values.ToDictionary(row => row, _ => 1L), [Resolutions.Golden(1) with { RecordCount = 3 }]) { GenerationSeen = generation };
        // Meanwhile the other node resolves the records, each into a customer of its own.
        var saved = await other.GetRequiredService<IIdentityStore>().SaveResolutionAsync(
            new ResolutionOutcome(rows.Values.Order().Select((row, i) => (row, Number: i + 1L)).ToDictionary(p => p.row, p => p.Number), [.. new[] { 1L, 2, 3 }.Select(Resolutions.Golden)]), Ct);

        await Assert.ThrowsAsync<StaleResolutionException>(() => db.Identity.SaveResolutionAsync(stale, Ct));

        Assert.Equal(generation + 1, saved);
        Assert.Equal(saved, await db.Identity.GetResolutionGenerationAsync(Ct));
        Assert.Equal(3, await db.Queries.CountCustomersAsync(Ct));
        Assert.Equal(saved + 1, await db.Identity.SaveResolutionAsync(stale with { GenerationSeen = saved }, Ct));
        Assert.Equal(1, await db.Queries.CountCustomersAsync(Ct));
    }

    [Fact]
    public async Task A_save_computed_from_a_shorter_decision_log_is_refused_when_it_says_how_many_decisions_it_read()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 2);
        var apart = new ResolutionOutcome(new Dictionary<long, long> { [rows["c1"]] = 1, [rows["c2"]] = 2 }, [Resolutions.Golden(1), Resolutions.Golden(2)]) { DecisionsSeen = 0 };
        await using var other = db.OpenAnother();
        await other.GetRequiredService<IDecisionStore>().AppendAsync(new IdentityDecision
        {
            Kind = DecisionKind.Merge,
            Records = [new RecordRef("shop", "c1"), new RecordRef("shop", "c2")],
            Reason = "one person",
            Actor = "test",
        }, Ct);

        await Assert.ThrowsAsync<StaleResolutionException>(() => db.Identity.SaveResolutionAsync(apart, Ct));

        Assert.Equal(0, await db.Queries.CountCustomersAsync(Ct));
        Assert.Equal(0, await db.Identity.GetResolutionGenerationAsync(Ct));
        var changes = apart with { Scope = ResolutionScope.Changes, Generation = 0 };
        await Assert.ThrowsAsync<StaleResolutionException>(() => db.Identity.SaveResolutionAsync(changes, Ct));
        Assert.Equal(1, await db.Identity.SaveResolutionAsync(apart with { DecisionsSeen = 1 }, Ct));
    }

    private static ResolutionOutcome Changes(long generation, Dictionary<long, long> customerOfRecord, long[] customers, long[] removed) =>
        new(customerOfRecord, customers.Select(Resolutions.Golden).ToList())
        {
            Scope = ResolutionScope.Changes,
            RemovedCustomers = removed,
            Generation = generation,
        };

    // Both saves start together from two threads; each result is null (saved) or what it threw.
    private static async Task<Exception?[]> SaveAtOnceAsync(params (IIdentityStore Store, ResolutionOutcome Outcome)[] saves)
    {
        using var start = new Barrier(saves.Length);
        return await Task.WhenAll(saves.Select(save => Task.Run(async () =>
        {
            start.SignalAndWait(Ct);
            try
            {
                await save.Store.SaveResolutionAsync(save.Outcome, Ct);
                return null;
            }
            catch (StaleResolutionException e)
            {
                return (Exception?)e;
            }
        }, Ct)));
    }

    // Every number a record holds is one stored customer, and every stored customer holds records.
    private static async Task AssertEveryCustomerOnceAsync(TestDatabase db)
    {
        var held = (await db.Identity.LoadCustomerRecordsAsync(Ct)).Select(r => r.CustomerNumber!.Value).Distinct().Order().ToList();
        var stored = (await db.Queries.ListCustomersAsync(null, 1000, Ct)).Select(c => c.Number).ToList();
        Assert.Equal(held, stored);
    }
}

public sealed class SqliteResolutionConcurrencyTests() : ResolutionConcurrencyTests(StorageEngine.Sqlite);

public sealed class PostgresResolutionConcurrencyTests() : ResolutionConcurrencyTests(StorageEngine.Postgres)
{
    [Fact]
    public async Task A_save_waits_while_another_node_holds_the_resolution_lock_and_then_saves()
    {
        await using var db = await CreateDatabaseAsync();
        var rows = await SeededRecords.AddAsync(db, 1);
        await using var node = new NpgsqlConnection(db.ConnectionString);
        await node.OpenAsync(Ct);
        await using var holding = await node.BeginTransactionAsync(Ct);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key);", node))
        {
            take.Parameters.AddWithValue("key", PostgresAdvisoryLocks.Resolution);
            await take.ExecuteNonQueryAsync(Ct);
        }

        var save = db.Identity.SaveResolutionAsync(new ResolutionOutcome(new Dictionary<long, long> { [rows["c1"]] = 1 }, [Resolutions.Golden(1)]), Ct);
        await Task.Delay(500, Ct);
        Assert.False(save.IsCompleted, "the save went ahead while another node held the lock");
        Assert.Equal(1, await db.ScalarAsync<long>("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted;"));

        await holding.CommitAsync(Ct);
        Assert.Equal(1, await save);
        Assert.Equal(1, await db.Queries.CountCustomersAsync(Ct));
    }
}
