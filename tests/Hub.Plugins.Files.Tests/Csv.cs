using Hub.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.Files.Tests;

/// <summary>Runs the connector the way the host does, over files the test wrote.</summary>
public static class Csv
{
    public static ConnectorContext Context(string path, params (string Name, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Name, s => s.Value);
        values["path"] = path;
        return new ConnectorContext("test-files", "test", new TestSettings(values), NullLogger.Instance);
    }

    public static async Task<List<RecordBatch>> ReadBatchesAsync(ConnectorContext context, Checkpoint? checkpoint = null)
    {
        var batches = new List<RecordBatch>();
        await foreach (var batch in new CsvConnector().ReadAsync(context, checkpoint ?? Checkpoint.Start, TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public static async Task<List<SourceRecord>> ReadRecordsAsync(ConnectorContext context) =>
        (await ReadBatchesAsync(context)).SelectMany(b => b.Records).ToList();

    public static async Task<List<CustomerRecord>> ReadCustomersAsync(string path, params (string Name, string Value)[] settings) =>
        (await ReadRecordsAsync(Context(path, settings))).Cast<CustomerRecord>().ToList();
}
