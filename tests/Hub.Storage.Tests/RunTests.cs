using System.Diagnostics;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Storage.Tests;

public abstract class RunTests(StorageEngine engine) : StorageTests(engine)
{
    [Fact]
    public async Task Run_counts_add_up_across_batches_and_finishing_records_the_outcome()
    {
        await using var db = await CreateDatabaseAsync();
        var started = db.Clock.GetUtcNow();
        var run = await db.StartRunAsync();
        var warned = Some.Customer("c3") with { Warnings = ["birth_date 1890-01-01 is not plausible; left empty"] };
        await db.Ingest.CommitBatchAsync(Some.Batch(run, [Some.Customer("c1"), Some.Customer("c2")]), Ct);
        await db.Ingest.CommitBatchAsync(Some.Batch(run, [Some.Customer("c1"), Some.Customer("c2", email: "x@example.com"), warned]), Ct);
        db.Clock.Advance(TimeSpan.FromSeconds(30));

        await db.Ingest.FinishRunAsync(run, RunOutcome.Succeeded, null, Ct);

        var stored = await db.Ingest.GetRunAsync(run, Ct);
        Assert.NotNull(stored);
        Assert.Equal(new RunCounts { Read = 5, Inserted = 3, Updated = 1, Unchanged = 1, Warned = 1 }, stored.Counts);
        Assert.Equal((RunOutcome.Succeeded, "shop", "shop", "cli"), (stored.Outcome, stored.ConnectorId, stored.Source, stored.Trigger));
        Assert.Equal((started, started.AddSeconds(30)), (stored.StartedAt, stored.FinishedAt));
        Assert.Null(stored.Error);
    }

    [Fact]
    public async Task A_failed_run_keeps_its_error()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();

        await db.Ingest.FinishRunAsync(run, RunOutcome.Failed, "HTTP 503 from the shop API; retry later", Ct);

        var stored = (await db.Ingest.GetRunAsync(run, Ct))!;
        Assert.Equal((RunOutcome.Failed, "HTTP 503 from the shop API; retry later"), (stored.Outcome, stored.Error));
    }

    [Fact]
    public async Task A_run_keeps_its_retries_with_the_last_transient_error_and_a_timed_out_outcome()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();

        await db.Ingest.RecordRetryAsync(run, 1, "connection reset", Ct);
        await db.Ingest.RecordRetryAsync(run, 2, "HTTP 503", Ct);
        await db.Ingest.FinishRunAsync(run, RunOutcome.TimedOut, "stopped after 02:00:00, the run timeout", Ct);

        var stored = (await db.Ingest.GetRunAsync(run, Ct))!;
        Assert.Equal((RunOutcome.TimedOut, 2, "HTTP 503"), (stored.Outcome, stored.Retries, stored.RetryError));
        Assert.Null(stored.ResolutionError);
    }

    [Fact]
    public async Task A_succeeded_run_keeps_the_error_of_the_resolution_after_it()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        await db.Ingest.FinishRunAsync(run, RunOutcome.Succeeded, null, Ct);

        await db.Ingest.RecordResolutionErrorAsync(run, "identity resolution after this sync failed: disk full", Ct);

        var stored = (await db.Ingest.GetRunAsync(run, Ct))!;
        Assert.Equal((RunOutcome.Succeeded, 0, "identity resolution after this sync failed: disk full"), (stored.Outcome, stored.Retries, stored.ResolutionError));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Ingest.RecordRetryAsync(run + 100, 1, "x", Ct));
    }

    [Fact]
    public async Task Runs_left_running_by_a_dead_process_are_marked_interrupted_once_their_lease_runs_out()
    {
        await using var db = await CreateDatabaseAsync();
        var finished = await db.StartRunAsync();
        await db.Ingest.FinishRunAsync(finished, RunOutcome.Succeeded, null, Ct);
        var running1 = await db.StartRunAsync();
        var running2 = await db.StartRunAsync(null, "import");
        await db.ReopenAsync();

        // The process died a moment ago, or is only slow: nothing is taken for dead before a whole lease went by.
        Assert.Equal(0, await db.Ingest.MarkInterruptedRunsAsync(Ct));
        db.Clock.Advance(new RunLeaseOptions().LeaseTimeout + TimeSpan.FromSeconds(1));
        var marked = await db.Ingest.MarkInterruptedRunsAsync(Ct);

        Assert.Equal(2, marked);
        Assert.Equal(RunOutcome.Succeeded, (await db.Ingest.GetRunAsync(finished, Ct))!.Outcome);
        var interrupted = (await db.Ingest.GetRunAsync(running1, Ct))!;
        Assert.Equal(RunOutcome.Interrupted, interrupted.Outcome);
        Assert.Contains($"The process running it ({new RunLeaseOptions().Node}) stopped before the run ended", interrupted.Error);
        Assert.NotNull((await db.Ingest.GetRunAsync(running2, Ct))!.FinishedAt);
        Assert.Equal(0, await db.Ingest.MarkInterruptedRunsAsync(Ct));
    }

    [Fact]
    public async Task A_process_never_marks_its_own_live_runs_interrupted_even_when_their_heartbeat_is_late()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        db.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await db.Ingest.MarkInterruptedRunsAsync(Ct));
        Assert.Equal(RunOutcome.Running, (await db.Ingest.GetRunAsync(run, Ct))!.Outcome);
    }

    [Fact]
    public async Task Another_nodes_live_run_keeps_its_heartbeat_and_is_not_marked_interrupted_until_that_node_stops()
    {
        await using var db = await CreateDatabaseAsync();
        var other = db.OpenAnother(new RunLeaseOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(50), Node = "node-b" });
        var run = await other.GetRequiredService<IIngestStore>().StartRunAsync("shop", "shop", "schedule", Ct);
        Assert.Equal("node-b", (await db.Ingest.GetRunAsync(run, Ct))!.Node);

        // Long past the lease of the run's start; node B's heartbeats keep it alive.
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        var beat = db.Clock.GetUtcNow();
        await WaitUntilAsync(async () => (await db.Ingest.GetRunAsync(run, Ct))!.HeartbeatAt == beat);
        Assert.Equal(0, await db.Ingest.MarkInterruptedRunsAsync(Ct));

        // Node B dies: its heartbeat stops, and once a lease has passed this node marks the run.
        await other.DisposeAsync();
        db.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await db.Ingest.MarkInterruptedRunsAsync(Ct));
        var interrupted = (await db.Ingest.GetRunAsync(run, Ct))!;
        Assert.Equal(RunOutcome.Interrupted, interrupted.Outcome);
        Assert.Contains("(node-b)", interrupted.Error);
    }

    [Fact]
    public async Task A_run_whose_process_on_this_machine_is_gone_is_marked_interrupted_without_waiting_for_its_lease()
    {
        await using var db = await CreateDatabaseAsync();
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await exited.WaitForExitAsync(Ct);
        await using (var crashed = db.OpenAnother(new RunLeaseOptions { Node = $"{Environment.MachineName}:{exited.Id}" }))
        {
            await crashed.GetRequiredService<IIngestStore>().StartRunAsync("shop", "shop", "schedule", Ct);
        }

        var alive = await db.StartRunAsync();
        var elsewhere = db.OpenAnother(new RunLeaseOptions { Node = $"another-machine:{exited.Id}" });
        await elsewhere.GetRequiredService<IIngestStore>().StartRunAsync("crm", "crm", "schedule", Ct);

        Assert.Equal(1, await db.Ingest.MarkInterruptedRunsAsync(Ct));
        var runs = await db.Ingest.ListRunsAsync(null, 10, Ct);
        Assert.Equal(RunOutcome.Interrupted, runs.Single(r => r.Source == "shop" && r.Id != alive).Outcome);
        Assert.Equal(RunOutcome.Running, runs.Single(r => r.Id == alive).Outcome);
        Assert.Equal(RunOutcome.Running, runs.Single(r => r.Source == "crm").Outcome);
        await elsewhere.DisposeAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; !await condition(); waited += 20)
        {
            if (waited > 10_000) throw new TimeoutException("the other node wrote no heartbeat within 10 s");
            await Task.Delay(20, Ct);
        }
    }

    [Fact]
    public async Task Runs_are_listed_newest_first_and_by_connector()
    {
        await using var db = await CreateDatabaseAsync();
        var a1 = await db.StartRunAsync("shop");
        var b1 = await db.StartRunAsync("crm", "crm");
        var a2 = await db.StartRunAsync("shop");

        Assert.Equal([a2, b1, a1], (await db.Ingest.ListRunsAsync(null, 10, Ct)).Select(r => r.Id));
        Assert.Equal([a2, a1], (await db.Ingest.ListRunsAsync("shop", 10, Ct)).Select(r => r.Id));
        Assert.Equal([a2], (await db.Ingest.ListRunsAsync("shop", 1, Ct)).Select(r => r.Id));
        Assert.Null(await db.Ingest.GetRunAsync(a2 + 100, Ct));
    }

    [Fact]
    public async Task Quarantine_is_listed_newest_first()
    {
        await using var db = await CreateDatabaseAsync();
        var run = await db.StartRunAsync();
        QuarantineItem Bad(string row) => new() { Source = "shop", Stream = "orders", Position = row, RawPayload = row, Reason = "amount is not a number" };
        await db.Ingest.CommitBatchAsync(Some.Batch(run, []) with { Quarantined = [Bad("row 1"), Bad("row 2")] }, Ct);
        await db.Ingest.CommitBatchAsync(Some.Batch(run, []) with { Quarantined = [Bad("row 3")] }, Ct);

        var listed = await db.Ingest.ListQuarantineAsync(null, 2, Ct);

        Assert.Equal(["row 3", "row 2"], listed.Select(q => q.Position));
        Assert.Equal(3, (await db.Ingest.GetRunAsync(run, Ct))!.Counts.Quarantined);
    }

    [Fact]
    public async Task A_batch_for_a_run_that_was_never_started_is_refused()
    {
        await using var db = await CreateDatabaseAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => db.Ingest.CommitBatchAsync(Some.Batch(runId: 42, [Some.Customer("c1")], checkpoint: "x"), Ct));

        Assert.Contains("Run 42", error.Message);
        Assert.Equal(0, await db.LiveCustomerRecordsAsync());
        Assert.Equal(Checkpoint.Start, await db.Ingest.GetCheckpointAsync("shop", Ct));
    }
}

public sealed class SqliteRunTests() : RunTests(StorageEngine.Sqlite);

public sealed class PostgresRunTests() : RunTests(StorageEngine.Postgres);
