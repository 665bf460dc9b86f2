using Microsoft.Extensions.DependencyInjection;
using Hub.Core.Model;
using Hub.Pipeline.Push;

namespace Hub.Pipeline.Tests;

public sealed class PushIngestServiceTests : IAsyncLifetime
{
    private PushHub _hub = null!;

    public async ValueTask InitializeAsync() => _hub = await PushHub.StartAsync();

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    [Theory]
    [InlineData("nope", PushTargetStatus.UnknownConnector, "there is no connector 'nope'")]
    [InlineData("csv", PushTargetStatus.NotPushReceiver, "does not accept pushed records; it is read with 'hub sync csv'")]
    [InlineData("broken", PushTargetStatus.PluginUnavailable, "broken on purpose")]
    public async Task A_push_to_an_instance_that_cannot_take_one_says_why(string connectorId, PushTargetStatus status, string problem)
    {
        var lookup = await _hub.Pushes.FindAsync(connectorId, CancellationToken.None);

        Assert.Equal(status, lookup.Status);
        Assert.Null(lookup.Target);
        Assert.Contains(problem, lookup.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pushed_records_get_the_same_validation_and_quarantine_as_a_sync()
    {
        var outcome = await _hub.PushAsync("c1;Ann;ann@example.com\n;No Id;x@example.com\nc2;Bob;not-an-email\n!amount is not a number");

        Assert.True(outcome.Stored);
        Assert.Equal("""{"ok":true}""", outcome.ResponseJson);
        Assert.Equal((4L, 2L, 1L, 2L), (outcome.Counts.Read, outcome.Counts.Inserted, outcome.Counts.Warned, outcome.Counts.Quarantined));
        Assert.Equal(["c1", "c2"], await _hub.StoredCustomerIdsAsync());
        var quarantine = await _hub.Store.ListQuarantineAsync("lines", 10, CancellationToken.None);
        Assert.Contains(quarantine, q => q.Reason == "source_id is missing" && q.Position == "line 2" && q.RunId == outcome.RunId);
        Assert.Contains(quarantine, q => q.Reason == "amount is not a number" && q.Position == "line 4");
    }

    [Fact]
    public async Task A_body_the_plugin_cannot_read_stores_nothing_and_opens_no_run()
    {
        var outcome = await _hub.PushAsync("BAD");

        Assert.False(outcome.Stored);
        Assert.Equal("line 1 is not id;name;email", outcome.Error);
        Assert.Empty(await _hub.StoredCustomerIdsAsync());
        Assert.Empty(await _hub.PushRunsAsync());
        Assert.Empty(await _hub.Store.ListQuarantineAsync("lines", 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_push_leaves_the_checkpoint_of_the_instances_syncs_where_it_was()
    {
        await _hub.Services.GetRequiredService<Hub.Core.Sync.ISyncRunner>().SyncAsync("lines", "cli", full: false, progress: null, CancellationToken.None);

        await _hub.PushAsync("c1;Ann;ann@example.com");

        Assert.Equal("file-offset-42", (await _hub.Store.GetCheckpointAsync("lines", CancellationToken.None)).Value);
    }

    [Fact]
    public async Task Pushed_customers_are_resolved_in_the_background_without_a_resolution_per_request()
    {
        await _hub.PushAsync("c1;Ann;ann@example.com");
        await _hub.PushAsync("c2;Ann Lee;ANN@example.com");
        await _hub.WhenResolvedAsync();

        var customers = await _hub.Services.GetRequiredService<Hub.Core.Storage.ICustomerQueries>().ListCustomersAsync(null, 10, CancellationToken.None);
        var customer = Assert.Single(customers);
        Assert.Equal(2, customer.RecordCount);
    }

    [Fact]
    public async Task Pushes_within_the_hour_add_up_in_one_open_push_run()
    {
        await _hub.PushAsync("c1;Ann");
        _hub.Clock.Advance(TimeSpan.FromMinutes(30));
        await _hub.PushAsync("c2;Bob\nc1;Ann");

        var run = Assert.Single(await _hub.PushRunsAsync());
        Assert.Equal(("push", RunOutcome.Running), (run.Trigger, run.Outcome));
        Assert.Equal((3L, 2L, 1L), (run.Counts.Read, run.Counts.Inserted, run.Counts.Unchanged));
    }

    [Fact]
    public async Task After_an_hour_the_push_run_is_finished_and_the_next_push_opens_a_new_one()
    {
        await _hub.PushAsync("c1;Ann");
        _hub.Clock.Advance(PushRunLedger.RunLength);
        await _hub.PushAsync("c2;Bob");

        var runs = await _hub.PushRunsAsync();
        Assert.Equal(2, runs.Count);
        Assert.Equal((RunOutcome.Running, 1L), (runs[0].Outcome, runs[0].Counts.Inserted));
        Assert.Equal((RunOutcome.Succeeded, 1L), (runs[1].Outcome, runs[1].Counts.Inserted));
    }

    [Fact]
    public async Task A_push_run_left_open_for_an_hour_without_pushes_is_finished_by_the_sweep()
    {
        await _hub.PushAsync("c1;Ann");
        var ledger = _hub.Services.GetRequiredService<PushRunLedger>();

        await ledger.SweepAsync();
        Assert.Equal(RunOutcome.Running, Assert.Single(await _hub.PushRunsAsync()).Outcome);

        _hub.Clock.Advance(PushRunLedger.RunLength + TimeSpan.FromMinutes(1));
        await ledger.SweepAsync();
        Assert.Equal(RunOutcome.Succeeded, Assert.Single(await _hub.PushRunsAsync()).Outcome);
    }

    [Fact]
    public async Task Shutting_down_finishes_the_open_push_run()
    {
        await _hub.PushAsync("c1;Ann");

        await _hub.Services.GetRequiredService<PushRunLedger>().DisposeAsync();

        var run = Assert.Single(await _hub.PushRunsAsync());
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.NotNull(run.FinishedAt);
    }
}
