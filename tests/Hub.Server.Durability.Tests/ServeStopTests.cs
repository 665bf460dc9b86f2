using Hub.Server.Tests;

namespace Hub.Server.Durability.Tests;

/// <summary>
/// A serving hub stopped in the middle of a sync: politely (SIGTERM), it lets the sync reach a checkpoint and exits 0;
/// killed (SIGKILL), it marks the sync interrupted when it restarts and the schedule resumes it. Either way the data
/// ends up as an uninterrupted sync's.
/// </summary>
public sealed class ServeStopTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;
    private readonly string _drop;

    public ServeStopTests()
    {
        _hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        _drop = Path.Combine(_folder.Path, "drop");
        LargeDrop.Write(_drop);
    }

    [Fact]
    public async Task Sigterm_during_a_sync_lets_it_commit_up_to_a_checkpoint_records_it_and_exits_0()
    {
        (await _hub.RunAsync(LargeDrop.AddConnector("drop", _drop))).AssertSuccess();
        await using var server = await _hub.ServeAsync();
        (await _hub.RunAsync("jobs", "trigger", "drop")).AssertSuccess();
        await LargeDrop.WaitForCommittedRowsAsync(_hub, "drop", () => !server.HasExited);

        await server.StopAsync();

        Assert.Equal(0, server.ExitCode);
        var stopped = Assert.Single(await LargeDrop.RunsAsync(_hub, "drop"));
        Assert.Equal(("api", "Cancelled"), (stopped.Trigger, stopped.Outcome));
        Assert.Contains("shutting down", stopped.Error, StringComparison.Ordinal);
        Assert.InRange(stopped.Inserted, 1, LargeDrop.Rows - 1);
        (await _hub.RunAsync("sync", "drop")).AssertSuccess();
        var resumed = (await LargeDrop.RunsAsync(_hub, "drop"))[^1];
        // Stopped exactly at its checkpoint: the next sync reads the rest, nothing again.
        Assert.Equal((LargeDrop.Rows - stopped.Inserted, LargeDrop.Rows - stopped.Inserted), (resumed.Read, resumed.Inserted));
    }

    [Fact]
    public async Task A_hub_killed_during_a_scheduled_sync_marks_it_interrupted_and_the_schedule_resumes_it_to_the_data_of_a_clean_sync()
    {
        (await _hub.RunAsync(LargeDrop.AddConnector("drop", _drop, "--schedule", "0/2 * * * * ?"))).AssertSuccess();
        await using (var server = await _hub.ServeAsync())
        {
            await LargeDrop.WaitForCommittedRowsAsync(_hub, "drop", () => !server.HasExited);
            await server.KillAsync();
        }

        var killed = Assert.Single(await LargeDrop.RunsAsync(_hub, "drop"));
        Assert.Equal(("schedule", "Running"), (killed.Trigger, killed.Outcome));
        await using (var restarted = await _hub.ServeAsync())
        {
            await WaitForSucceededRunAsync(() => !restarted.HasExited);
            await restarted.StopAsync();
        }

        var runs = await LargeDrop.RunsAsync(_hub, "drop");
        Assert.Equal("Interrupted", runs[0].Outcome);
        var resumed = runs.First(run => run.Outcome == "Succeeded");
        Assert.Equal("schedule", resumed.Trigger);
        Assert.Equal(LargeDrop.Rows - runs[0].Inserted, resumed.Inserted);
        Assert.True(resumed.Read < LargeDrop.Rows, $"the scheduled sync should resume from the checkpoint, not start over: read {resumed.Read}");

        var clean = new HubProcess(Path.Combine(_folder.Path, "clean"));
        (await clean.RunAsync(LargeDrop.AddConnector("drop", _drop))).AssertSuccess();
        (await clean.RunAsync("sync", "drop")).AssertSuccess();
        var cleanRecords = await LargeDrop.ExportRecordsAsync(clean, Path.Combine(_folder.Path, "clean.csv"));
        var resumedRecords = await LargeDrop.ExportRecordsAsync(_hub, Path.Combine(_folder.Path, "resumed.csv"));
        Assert.Equal(LargeDrop.Rows, resumedRecords.Distinct().Count());
        Assert.Equal(cleanRecords, resumedRecords);
    }

    private async Task WaitForSucceededRunAsync(Func<bool> stillRunning)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!(await LargeDrop.RunsAsync(_hub, "drop")).Any(run => run.Outcome == "Succeeded"))
        {
            Assert.True(stillRunning(), "the restarted hub ended");
            Assert.True(DateTime.UtcNow < deadline, "no scheduled sync succeeded within 3 minutes of the restart");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _folder.Dispose();
}
