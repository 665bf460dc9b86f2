using System.Globalization;
using System.Text;
using Hub.Server.Tests;
using Microsoft.Data.Sqlite;

namespace Hub.Server.Durability.Tests;

/// <summary>
/// A folder connector over one CSV large enough that a sync takes many committed batches, so a test can stop or kill
/// the process doing it midway, and the means to see how far it got and what it stored.
/// </summary>
internal static class LargeDrop
{
    public const int Rows = 60_000;

    /// <summary>Writes <see cref="Rows"/> distinct customers to <c>customers.csv</c> in <paramref name="folder"/>.</summary>
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var csv = new StringBuilder("source_id,full_name,email,country\n");
        for (var i = 0; i < Rows; i++)
            csv.Append(CultureInfo.InvariantCulture, $"c{i},Customer {i},customer{i}@example.com,US\n");
        File.WriteAllText(Path.Combine(folder, "customers.csv"), csv.ToString());
    }

    /// <summary>The arguments of <c>hub connectors add</c> for a connector <paramref name="id"/> over <paramref name="folder"/>, in 250-row batches.</summary>
    public static string[] AddConnector(string id, string folder, params string[] more) =>
        ["connectors", "add", id, "--plugin", "files", "--set", $"path={folder}", "--set", "batchSize=250", .. more];

    /// <summary>
    /// Polls the records committed by the newest run of <paramref name="connectorId"/> until there are some, straight from
    /// the hub's database (WAL lets a reader in while the sync writes), fast enough to catch the sync after its first
    /// batches whatever the machine's speed.
    /// </summary>
    public static async Task<long> WaitForCommittedRowsAsync(HubProcess hub, string connectorId, Func<bool> stillRunning)
    {
        for (var attempt = 0; attempt < 6000; attempt++)
        {
            Assert.True(stillRunning(), "the process ended before it could be stopped midway; make the input larger");
            if (await NewestRunAsync(hub, connectorId) is { Inserted: > 0 } run) return run.Inserted;
            await Task.Delay(10);
        }

        throw new TimeoutException("no batch was committed in time");
    }

    /// <summary>The runs of <paramref name="connectorId"/>, oldest first, as recorded in the hub's database.</summary>
    public static async Task<List<RunRow>> RunsAsync(HubProcess hub, string connectorId)
    {
        var runs = new List<RunRow>();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(hub.DataDirectory, "hub.db")};Mode=ReadOnly;Pooling=False");
        try
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT trigger, outcome, coalesce(error, ''), read, inserted FROM runs WHERE connector_id = $id ORDER BY id;";
            command.Parameters.AddWithValue("$id", connectorId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                runs.Add(new RunRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4)));
        }
        catch (SqliteException)
        {
            // the database or its schema is not there yet
        }

        return runs;
    }

    /// <summary>Resolves, exports the clusters and returns (cluster, record) pairs in a stable order, to compare two hubs' data.</summary>
    public static async Task<List<string>> ExportRecordsAsync(HubProcess hub, string csvPath)
    {
        (await hub.RunAsync("resolve")).AssertSuccess();
        (await hub.RunAsync("export", "clusters", csvPath)).AssertSuccess();
        return File.ReadLines(csvPath).Skip(1).Select(line => string.Join(',', line.Split(',')[..2])).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<RunRow?> NewestRunAsync(HubProcess hub, string connectorId) =>
        (await RunsAsync(hub, connectorId)).LastOrDefault();
}

/// <summary>One row of the runs table: what started it, its outcome as stored, error, records read and newly inserted.</summary>
internal sealed record RunRow(string Trigger, string Outcome, string Error, long Read, long Inserted);
