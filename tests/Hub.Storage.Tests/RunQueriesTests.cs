using Hub.Core.Model;
using Hub.Core.Storage.Runs;

namespace Hub.Storage.Tests;

/// <summary>The run history as operators page through it; runs are written with SQL both engines take, so no ingest is needed.</summary>
public abstract class RunQueriesTests(StorageEngine engine) : StorageTests(engine)
{
    private static Task<long> RunAsync(TestDatabase db, string connector, RunOutcome outcome, int read = 0) =>
        db.ScalarAsync<long>(
            "INSERT INTO runs (connector_id, source, trigger, started_at, finished_at, outcome, read, retries, retry_error) " +
            $"VALUES ('{connector}', '{connector}', 'schedule', '2025-03-01T09:00:00.0000000Z', '2025-03-01T09:00:30.5000001Z', '{outcome}', {read}, 1, 'HTTP 503') RETURNING id;");

    [Fact]
    public async Task Runs_are_listed_newest_first_by_connector_and_outcome_and_before_a_position()
    {
        await using var db = await CreateDatabaseAsync();
        var ids = new List<long>
        {
            await RunAsync(db, "shop", RunOutcome.Succeeded),
            await RunAsync(db, "shop", RunOutcome.Failed),
            await RunAsync(db, "crm", RunOutcome.Succeeded),
            await RunAsync(db, "shop", RunOutcome.Succeeded),
        };

        var shop = await db.Runs.ListRunsAsync(new RunQuery("shop", null, null, 10), Ct);
        var shopSucceeded = await db.Runs.ListRunsAsync(new RunQuery("shop", RunOutcome.Succeeded, null, 10), Ct);
        var beforeNewest = await db.Runs.ListRunsAsync(new RunQuery(null, null, ids[3], 2), Ct);

        Assert.Equal([ids[3], ids[1], ids[0]], shop.Select(r => r.Id));
        Assert.Equal([ids[3], ids[0]], shopSucceeded.Select(r => r.Id));
        Assert.Equal([ids[2], ids[1]], beforeNewest.Select(r => r.Id));
    }

    [Fact]
    public async Task A_listed_run_reads_back_its_times_to_the_tick_and_its_counts_and_retries()
    {
        await using var db = await CreateDatabaseAsync();
        var id = await RunAsync(db, "shop", RunOutcome.Succeeded, read: 42);

        var run = Assert.Single(await db.Runs.ListRunsAsync(new RunQuery(null, null, null, 10), Ct));

        Assert.Equal((id, "shop", "schedule", RunOutcome.Succeeded), (run.Id, run.ConnectorId, run.Trigger, run.Outcome));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 9, 0, 30, 500, TimeSpan.Zero).AddTicks(1), run.FinishedAt);
        Assert.Equal((42L, 1, "HTTP 503"), (run.Counts.Read, run.Retries, run.RetryError));
    }

    [Fact]
    public async Task A_runs_quarantined_items_are_listed_in_order_with_their_release()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await RunAsync(db, "shop", RunOutcome.Succeeded);
        var retry = await RunAsync(db, "shop", RunOutcome.Succeeded);
        foreach (var (position, released) in new[] { ("row 7", "NULL"), ("row 9", retry.ToString(System.Globalization.CultureInfo.InvariantCulture)) })
        {
            await db.ScalarAsync<long>(
                "INSERT INTO quarantine (run_id, source, stream, position, raw_payload, reason, created_at, released_run_id) " +
                $"VALUES ({run}, 'shop', 'customers', '{position}', '{{\"id\":\"\"}}', 'source_id is empty', '2025-03-01T09:00:01.0000000Z', {released}) RETURNING id;");
        }

        var items = await db.Runs.ListQuarantinedAsync(run, 10, Ct);

        Assert.Equal(["row 7", "row 9"], items.Select(i => i.Position));
        Assert.Equal([null, retry], items.Select(i => i.ReleasedRunId));
        Assert.Equal(("{\"id\":\"\"}", "source_id is empty"), (items[0].RawPayload, items[0].Reason));
        Assert.Empty(await db.Runs.ListQuarantinedAsync(retry, 10, Ct));
    }
}

public sealed class SqliteRunQueriesTests() : RunQueriesTests(StorageEngine.Sqlite);

public sealed class PostgresRunQueriesTests() : RunQueriesTests(StorageEngine.Postgres);
