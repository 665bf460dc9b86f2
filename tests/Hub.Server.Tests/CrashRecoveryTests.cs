using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Hub.Server.Tests;

/// <summary>A sync whose process is killed outright resumes from its last committed batch, losing and doubling nothing.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Rows = 300_000;
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_sync_killed_midway_and_run_again_ends_with_exactly_the_records_of_a_clean_run()
    {
        var drop = Path.Combine(_folder.Path, "drop");
        WriteCustomers(Path.Combine(drop, "customers.csv"));

        var crashed = new HubProcess(Path.Combine(_folder.Path, "crashed"));
        (await crashed.RunAsync("connectors", "add", "drop", "--plugin", "files", "--set", $"path={drop}", "--set", "batchSize=2000")).AssertSuccess();
        using (var sync = crashed.Start("sync", "drop"))
        {
            var committed = await WaitForCommittedRowsAsync(crashed, sync);
            sync.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no cancellation
            await sync.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.InRange(committed, 1, Rows - 1);
        }

        var resumed = (await crashed.RunAsync("sync", "drop")).AssertSuccess();
        var resumedRead = long.Parse(resumed.Stdout.Split(": ")[1].Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(resumedRead < Rows, $"the second sync should resume, not start over: {resumed.Stdout}");

        var clean = new HubProcess(Path.Combine(_folder.Path, "clean"));
        (await clean.RunAsync("connectors", "add", "drop", "--plugin", "files", "--set", $"path={drop}", "--set", "batchSize=2000")).AssertSuccess();
        (await clean.RunAsync("sync", "drop")).AssertSuccess();

        var crashedRecords = await ExportRecordsAsync(crashed, "crashed.csv");
        var cleanRecords = await ExportRecordsAsync(clean, "clean.csv");
        Assert.Equal(Rows, crashedRecords.Count);
        Assert.Equal(Rows, crashedRecords.Distinct().Count());
        Assert.Equal(cleanRecords, crashedRecords);
    }

    // Reads the run's counts straight from the hub's database (WAL lets a reader in while the sync writes), polling
    // fast enough to kill the sync after its first committed batches whatever the machine's speed.
    private static async Task<long> WaitForCommittedRowsAsync(HubProcess hub, System.Diagnostics.Process sync)
    {
        var database = Path.Combine(hub.DataDirectory, "hub.db");
        for (var attempt = 0; attempt < 3000; attempt++)
        {
            Assert.False(sync.HasExited, "the sync finished before it could be killed; make the input larger");
            await using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
            {
                try
                {
                    await connection.OpenAsync();
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT coalesce(max(inserted), 0) FROM runs WHERE connector_id = 'drop';";
                    if (await command.ExecuteScalarAsync() is long inserted && inserted > 0) return inserted;
                }
                catch (SqliteException)
                {
                    // the schema is not there yet
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("no batch was committed in time");
    }

    private async Task<List<string>> ExportRecordsAsync(HubProcess hub, string name)
    {
        (await hub.RunAsync("resolve")).AssertSuccess();
        var path = Path.Combine(_folder.Path, name);
        (await hub.RunAsync("export", "clusters", path)).AssertSuccess();
        return File.ReadLines(path).Skip(1).Select(line => string.Join(',', line.Split(',')[..2])).Order(StringComparer.Ordinal).ToList();
    }

    private static void WriteCustomers(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var csv = new StringBuilder("source_id,full_name,email,country\n");
        for (var i = 0; i < Rows; i++)
            csv.Append(CultureInfo.InvariantCulture, $"c{i},Customer {i},customer{i}@example.com,US\n");
        File.WriteAllText(path, csv.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
