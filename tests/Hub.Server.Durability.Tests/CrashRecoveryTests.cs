using System.Globalization;
using Hub.Server.Tests;

namespace Hub.Server.Durability.Tests;

/// <summary>A sync whose process is killed outright resumes from its last committed batch, losing and doubling nothing.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_sync_killed_midway_and_run_again_ends_with_exactly_the_records_of_a_clean_run()
    {
        var drop = Path.Combine(_folder.Path, "drop");
        LargeDrop.Write(drop);

        var crashed = new HubProcess(Path.Combine(_folder.Path, "crashed"));
        (await crashed.RunAsync(LargeDrop.AddConnector("drop", drop))).AssertSuccess();
        using (var sync = crashed.Start("sync", "drop"))
        {
            var committed = await LargeDrop.WaitForCommittedRowsAsync(crashed, "drop", () => !sync.HasExited);
            sync.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no cancellation
            await sync.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.InRange(committed, 1, LargeDrop.Rows - 1);
        }

        var resumed = (await crashed.RunAsync("sync", "drop")).AssertSuccess();
        var resumedRead = long.Parse(resumed.Stdout.Split(": ")[1].Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(resumedRead < LargeDrop.Rows, $"the second sync should resume, not start over: {resumed.Stdout}");

        var clean = new HubProcess(Path.Combine(_folder.Path, "clean"));
        (await clean.RunAsync(LargeDrop.AddConnector("drop", drop))).AssertSuccess();
        (await clean.RunAsync("sync", "drop")).AssertSuccess();

        var crashedRecords = await LargeDrop.ExportRecordsAsync(crashed, Path.Combine(_folder.Path, "crashed.csv"));
        var cleanRecords = await LargeDrop.ExportRecordsAsync(clean, Path.Combine(_folder.Path, "clean.csv"));
        Assert.Equal(LargeDrop.Rows, crashedRecords.Count);
        Assert.Equal(LargeDrop.Rows, crashedRecords.Distinct().Count());
        Assert.Equal(cleanRecords, crashedRecords);
    }

    public void Dispose() => _folder.Dispose();
}
