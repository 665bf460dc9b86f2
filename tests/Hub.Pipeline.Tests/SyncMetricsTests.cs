using Hub.Core.Model;
using Hub.Pipeline.Runs;

namespace Hub.Pipeline.Tests;

public sealed class SyncMetricsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sync_is_measured_records_by_result_its_outcome_and_duration_its_retries_and_the_resolution_after_it()
    {
        await using var source = (await PagedSource.StartAsync(customers: 4, pageSize: 3)).Then(SourceFault.None, SourceFault.DropMidBody);
        await using var hub = await SyncHub.StartAsync(source);
        using var measured = new RecordedMeasurements(hub.Meters);

        var run = await hub.SyncAsync(Ct);

        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(4, measured.Sum("hub.sync.records", ("connector", "shop"), ("source", "shop"), ("result", "inserted")));
        Assert.Equal(0, measured.Sum("hub.sync.records", ("result", "updated")));
        Assert.Equal(1, measured.Sum("hub.sync.runs", ("connector", "shop"), ("outcome", "succeeded")));
        Assert.Equal(1, measured.Sum("hub.sync.retries", ("connector", "shop")));
        Assert.True(Assert.Single(measured.Of("hub.sync.run.duration", ("outcome", "succeeded"))) > 0);
        Assert.Single(measured.Of("hub.resolution.duration", ("scope", "all")));
    }

    [Fact]
    public async Task A_run_that_fails_for_good_is_counted_by_its_outcome()
    {
        await using var source = await PagedSource.StartAsync(customers: 4, pageSize: 3);
        await using var hub = await SyncHub.StartAsync(source, token: "wrong");
        using var measured = new RecordedMeasurements(hub.Meters);

        await hub.SyncAsync(Ct);

        Assert.Equal(1, measured.Sum("hub.sync.runs", ("outcome", "failed")));
        Assert.Empty(measured.Of("hub.sync.retries"));
        Assert.Empty(measured.Of("hub.resolution.duration"));
    }

    [Fact]
    public void Quarantined_input_is_counted_as_quarantine_items_and_as_quarantined_records()
    {
        using var factory = new TestMeterFactory();
        var metrics = new SyncMetrics(factory);
        using var measured = new RecordedMeasurements(factory);

        metrics.RecordBatch("crm", "crm", new RunCounts { Read = 5, Inserted = 3, Quarantined = 2 });

        Assert.Equal(2, measured.Sum("hub.quarantine.items", ("connector", "crm"), ("source", "crm")));
        Assert.Equal(2, measured.Sum("hub.sync.records", ("result", "quarantined")));
        Assert.Equal(3, measured.Sum("hub.sync.records", ("result", "inserted")));
    }
}
