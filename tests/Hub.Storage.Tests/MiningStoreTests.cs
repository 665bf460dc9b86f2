using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;

namespace Hub.Storage.Tests;

public abstract class MiningStoreTests(StorageEngine engine) : StorageTests(engine)
{
    private static readonly DateOnly AsOf = new(2025, 3, 31);

    [Fact]
    public async Task Scores_written_in_several_calls_merge_per_customer_and_the_latest_succeeded_run_is_current()
    {
        await using var db = await CustomersAsync(3);
        var first = await SucceededRunAsync(db, "keyaccounts", (1, 90, 1, "Gold"), (2, 50, 2, "Iron"));
        var second = await db.Mining.StartRunAsync("keyaccounts", "mining", AsOf, "cli", Ct);
        await db.Mining.WriteScoresAsync(second, [Scores(1, ("keyaccounts.score", 40, null))], Ct);
        // A later call adds to the customer's scores and overrides a score written again.
        await db.Mining.WriteScoresAsync(second, [Scores(1, ("keyaccounts.rank", 2, null), ("keyaccounts.tier", null, "Iron"), ("keyaccounts.score", 45, null))], Ct);
        await db.Mining.WriteScoresAsync(second, [Scores(3, ("keyaccounts.score", 70, null), ("keyaccounts.rank", 1, null), ("keyaccounts.tier", 0.5, "Gold"))], Ct);
        var finished = await db.Mining.FinishRunAsync(second, RunOutcome.Succeeded, null, 3, Ct);

        Assert.Equal(2, finished.Scores);
        Assert.Equal(second, (await db.MiningQueries.GetCurrentRunsAsync(Ct))["keyaccounts"].Id);
        var current = await db.MiningQueries.GetCurrentScoresAsync([1, 2, 3], Ct);
        Assert.Equal(45, current[1].Value("keyaccounts.score"));
        Assert.Equal("Iron", current[1].Label("keyaccounts.tier"));
        Assert.Equal(0.5, current[3].Value("keyaccounts.tier"));
        Assert.False(current.ContainsKey(2));
        var ranked = await db.MiningQueries.ListRankedAsync(second, null, null, 10, Ct);
        Assert.Equal([3L, 1L], ranked.Select(r => r.Customer.Number));
        Assert.Equal([1L, 2L], ranked.Select(r => r.Rank));
        // The earlier run keeps its own rows, and paging continues after a position.
        Assert.Equal([1L, 2L], (await db.MiningQueries.ListRankedAsync(first, null, null, 10, Ct)).Select(r => r.Customer.Number));
        Assert.Equal([2L], (await db.MiningQueries.ListRankedAsync(first, 1, 1, 10, Ct)).Select(r => r.Customer.Number));
    }

    [Fact]
    public async Task Making_room_for_a_run_deletes_the_rows_of_the_miners_runs_past_the_newest_kept_ones_only()
    {
        await using var db = await CustomersAsync(1);
        var runs = new List<long>();
        for (var i = 0; i < 3; i++) runs.Add(await SucceededRunAsync(db, "rfm", (1, 10 + i, null, "Champions")));
        var other = await SucceededRunAsync(db, "clv", (1, 5, null, null));

        await db.Mining.MakeRoomAsync("rfm", 2, Ct);

        Assert.Equal(0, await db.ScalarAsync<long>($"SELECT count(*) FROM mining_scores WHERE run_id = {runs[0]}"));
        Assert.Equal([runs[1], runs[2], other], await RunsWithRowsAsync(db));
        // Nothing more goes when it is asked again, and the current run always keeps its rows.
        await db.Mining.MakeRoomAsync("rfm", 1, Ct);
        Assert.Equal([runs[2], other], await RunsWithRowsAsync(db));
        Assert.Equal(3, (await db.MiningQueries.ListRunsAsync("rfm", 10, Ct)).Count);
    }

    private static async Task<List<long>> RunsWithRowsAsync(TestDatabase db)
    {
        var ids = await db.ScalarAsync<string>("SELECT string_agg(CAST(run_id AS TEXT), ',' ORDER BY run_id) FROM (SELECT DISTINCT run_id FROM mining_scores) runs");
        return [.. ids.Split(',').Select(long.Parse)];
    }

    [Fact]
    public async Task Only_the_latest_succeeded_runs_keep_their_rows_and_every_run_keeps_its_metadata()
    {
        await using var db = await CustomersAsync(1);
        var runs = new List<long>();
        for (var i = 0; i < 4; i++) runs.Add(await SucceededRunAsync(db, "rfm", (1, 10 + i, null, "Champions")));

        Assert.Equal(0, await db.ScalarAsync<long>($"SELECT count(*) FROM mining_scores WHERE run_id = {runs[0]}"));
        Assert.Equal(3, await db.ScalarAsync<long>($"SELECT count(DISTINCT run_id) FROM mining_scores"));
        var listed = await db.MiningQueries.ListRunsAsync("rfm", 10, Ct);
        Assert.Equal(runs.AsEnumerable().Reverse(), listed.Select(r => r.Id));
        Assert.All(listed, r => Assert.Equal(1, r.Scores));
    }

    [Fact]
    public async Task A_failed_run_leaves_the_previous_results_current_and_keeps_its_error()
    {
        await using var db = await CustomersAsync(1);
        var good = await SucceededRunAsync(db, "rfm", (1, 545, null, "Champions"));
        var bad = await db.Mining.StartRunAsync("rfm", "mining", AsOf, "cli", Ct);
        await db.Mining.WriteScoresAsync(bad, [Scores(1, ("rfm.segment", null, "Lost"))], Ct);
        var failed = await db.Mining.FinishRunAsync(bad, RunOutcome.Failed, "the model broke", 3, Ct);

        Assert.Equal(RunOutcome.Failed, failed.Outcome);
        Assert.Equal("the model broke", failed.Error);
        Assert.Equal(good, (await db.MiningQueries.GetCurrentRunsAsync(Ct))["rfm"].Id);
        Assert.Equal(0, await db.ScalarAsync<long>($"SELECT count(*) FROM mining_scores WHERE run_id = {bad}"));
        Assert.Equal("Champions", (await db.MiningQueries.GetCurrentScoresAsync([1], Ct))[1].Label("rfm.segment"));
    }

    [Fact]
    public async Task Customers_filter_and_order_by_the_current_scores_of_the_miner_that_owns_them()
    {
        await using var db = await CustomersAsync(4);
        await SucceededRunAsync(db, "keyaccounts", (1, 90, 1, "Gold"), (2, 50, 3, "Iron"), (3, 70, 2, "Gold"));
        await SucceededRunAsync(db, "rfm", (2, 545, null, "Champions"));

        var gold = new FieldCondition(CustomerField.Tier, FilterOperator.Eq, ["Gold"]);
        Assert.Equal(2, await db.Queries.CountCustomersAsync(gold, Ct));
        var byScore = await db.Queries.FindCustomersAsync(new CustomerQuery(null, [new CustomerOrder(CustomerField.KeyAccountScore, Descending: true)], null, false, 10), Ct);
        // Descending puts customers without a score first, as every nullable field does.
        Assert.Equal([4L, 1L, 3L, 2L], byScore.Select(r => r.Customer.Number));
        var above = new FieldCondition(CustomerField.KeyAccountScore, FilterOperator.Gte, [60.0]);
        Assert.Equal(2, await db.Queries.CountCustomersAsync(above, Ct));
        Assert.Equal(3, await db.Queries.CountCustomersAsync(new FieldCondition(CustomerField.RfmSegment, FilterOperator.IsNull, [true]), Ct));
        // "Not Gold" includes the customer without a tier, as a missing value does for every field.
        Assert.Equal(2, await db.Queries.CountCustomersAsync(new NotOf(gold), Ct));

        // A later run that no longer scores customer 1 empties its fields.
        await SucceededRunAsync(db, "keyaccounts", (3, 80, 1, "Platinum"));
        Assert.Equal(0, await db.Queries.CountCustomersAsync(gold, Ct));
        Assert.Equal(1, await db.Queries.CountCustomersAsync(new FieldCondition(CustomerField.Tier, FilterOperator.IsNull, [false]), Ct));
        Assert.Equal(1, await db.Queries.CountCustomersAsync(new FieldCondition(CustomerField.RfmSegment, FilterOperator.Eq, ["Champions"]), Ct));
    }

    [Fact]
    public async Task Labels_count_members_and_list_them_by_customer_number()
    {
        await using var db = await CustomersAsync(3);
        var run = await SucceededRunAsync(db, "rfm", (3, 1, null, "Lost"), (1, 1, null, "Lost"), (2, 1, null, "Champions"));

        Assert.Equal([("Champions", 1L), ("Lost", 2L)], await db.MiningQueries.ListLabelsAsync(run, Ct));
        Assert.Equal([1L, 3L], (await db.MiningQueries.ListLabelledAsync(run, "Lost", null, 10, Ct)).Select(c => c.Number));
        Assert.Equal([3L], (await db.MiningQueries.ListLabelledAsync(run, "Lost", 1, 10, Ct)).Select(c => c.Number));
    }

    [Fact]
    public async Task Parameters_and_series_are_kept_with_the_run()
    {
        await using var db = await CustomersAsync(1);
        var run = await db.Mining.StartRunAsync("demand", "mining", AsOf, "cli", Ct);
        await db.Mining.WriteParametersAsync(run, new Dictionary<string, double> { ["demand.mase"] = 0.8, ["demand.horizon"] = 4 }, Ct);
        await db.Mining.WriteParametersAsync(run, new Dictionary<string, double> { ["demand.mase"] = 0.7 }, Ct);
        await db.Mining.WriteSeriesAsync(run,
        [
            new MiningSeriesPoint("*", new DateOnly(2025, 3, 31), 12, true, 8, 16),
            new MiningSeriesPoint("*", new DateOnly(2025, 3, 24), 10, false, null, null),
        ], Ct);
        var finished = await db.Mining.FinishRunAsync(run, RunOutcome.Succeeded, null, 3, Ct);

        Assert.Equal(0.7, finished.Parameters["demand.mase"]);
        Assert.Equal(4, finished.Parameters["demand.horizon"]);
        Assert.Equal(2, finished.Series);
        var series = await db.MiningQueries.GetSeriesAsync(run, "*", Ct);
        Assert.Equal([false, true], series.Select(p => p.Forecast));
        Assert.Equal(16, series[1].Upper);
    }

    [Fact]
    public async Task A_customer_given_twice_in_one_call_is_merged_in_the_order_given()
    {
        await using var db = await CustomersAsync(2);
        var run = await db.Mining.StartRunAsync("keyaccounts", "mining", AsOf, "cli", Ct);
        await db.Mining.WriteScoresAsync(run,
        [
            Scores(1, ("keyaccounts.score", 10, null), ("keyaccounts.rank", 2, null)),
            Scores(2, ("keyaccounts.score", 20, null), ("keyaccounts.rank", 1, null)),
            Scores(1, ("keyaccounts.score", 30, null), ("keyaccounts.tier", null, "Gold")),
            Scores(1, ("keyaccounts.tier", null, "Iron")),
        ], Ct);
        var finished = await db.Mining.FinishRunAsync(run, RunOutcome.Succeeded, null, 3, Ct);

        Assert.Equal(2, finished.Scores);
        var current = await db.MiningQueries.GetCurrentScoresAsync([1], Ct);
        Assert.Equal(30, current[1].Value("keyaccounts.score"));
        Assert.Equal("Iron", current[1].Label("keyaccounts.tier"));
        Assert.Equal([("Iron", 1L)], await db.MiningQueries.ListLabelsAsync(run, Ct));
        Assert.Equal([(2L, 1L), (1L, 2L)], (await db.MiningQueries.ListRankedAsync(run, null, null, 10, Ct)).Select(r => (r.Customer.Number, r.Rank)));
    }

    [Fact]
    public async Task A_score_that_is_not_a_number_is_refused_with_its_name()
    {
        await using var db = await CustomersAsync(1);
        var run = await db.Mining.StartRunAsync("rfm", "mining", AsOf, "cli", Ct);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Mining.WriteScoresAsync(run, [Scores(1, ("rfm.recency", double.NaN, null))], Ct));
        Assert.Contains("rfm.recency", error.Message, StringComparison.Ordinal);
    }

    // Golden records written straight into the table, so the mining stores are tested on an engine whose identity store
    // is not ported yet.
    private async Task<TestDatabase> CustomersAsync(int count)
    {
        var db = await CreateDatabaseAsync();
        await db.ScalarAsync<long>("INSERT INTO customers (number, kind, display_name, record_count) VALUES " +
            string.Join(", ", Enumerable.Range(1, count).Select(n => $"({n}, 'Person', 'N{n}', 1)")) + ";");
        return db;
    }

    // Each row: customer, the miner's sort score (score/value at risk), rank, label; named as MiningPromotions expects.
    private static async Task<long> SucceededRunAsync(TestDatabase db, string miner, params (long Customer, double Value, long? Rank, string? Label)[] rows)
    {
        var run = await db.Mining.StartRunAsync(miner, "mining", AsOf, "cli", Ct);
        var promotion = MiningPromotions.For(miner);
        await db.Mining.WriteScoresAsync(run, rows.Select(r =>
        {
            var scores = new Dictionary<string, ScoreValue>(StringComparer.Ordinal) { [promotion.SortValue!] = new(r.Value, null) };
            if (promotion.Label is { } label && r.Label is not null) scores[label] = new(null, r.Label);
            if (promotion.Rank is { } rank && r.Rank is { } position) scores[rank] = new(position, null);
            return new CustomerScores(r.Customer, scores);
        }).ToList(), Ct);
        await db.Mining.FinishRunAsync(run, RunOutcome.Succeeded, null, 3, Ct);
        return run;
    }

    private static CustomerScores Scores(long customer, params (string Name, double? Value, string? Label)[] scores) =>
        new(customer, scores.ToDictionary(s => s.Name, s => new ScoreValue(s.Value, s.Label), StringComparer.Ordinal));
}

public sealed class SqliteMiningStoreTests() : MiningStoreTests(StorageEngine.Sqlite);

public sealed class PostgresMiningStoreTests() : MiningStoreTests(StorageEngine.Postgres);
