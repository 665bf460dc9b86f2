using Hub.Contracts;
using Hub.SampleData.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.GitHub.Tests;

/// <summary>Runs the connector the way the host does, against a fake GitHub.</summary>
public static class Sync
{
    // Stands in for the host's client; the host's own adds retries, which these tests must not rely on.
    private static readonly HttpClient Http = new();

    public static ConnectorContext Context(FakeGitHub github, params (string Name, string Value)[] settings) =>
        Context(github, Http, settings);

    public static ConnectorContext Context(FakeGitHub github, HttpClient? http, params (string Name, string Value)[] settings)
    {
        var values = new Dictionary<string, string> { ["repos"] = Some.Repository, ["baseUrl"] = github.BaseAddress.ToString() };
        foreach (var (name, value) in settings) values[name] = value;
        return new ConnectorContext("test-github", "github", new TestSettings(values), NullLogger.Instance, http);
    }

    public static async Task<List<RecordBatch>> ReadBatchesAsync(ConnectorContext context, Checkpoint? checkpoint = null)
    {
        var batches = new List<RecordBatch>();
        await foreach (var batch in new GitHubConnector().ReadAsync(context, checkpoint ?? Checkpoint.Start, TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public static async Task<List<SourceRecord>> ReadRecordsAsync(ConnectorContext context, Checkpoint? checkpoint = null) =>
        (await ReadBatchesAsync(context, checkpoint)).SelectMany(b => b.Records).ToList();

    public static Task<CheckResult> CheckAsync(ConnectorContext context) =>
        new GitHubConnector().CheckAsync(context, TestContext.Current.CancellationToken);

    public static IEnumerable<InteractionRecord> Interactions(this IEnumerable<SourceRecord> records) => records.OfType<InteractionRecord>();

    public static IEnumerable<CustomerRecord> Customers(this IEnumerable<SourceRecord> records) => records.OfType<CustomerRecord>();

    /// <summary>The distinct interaction ids: storage is idempotent and a read may repeat an item, so tests compare sets.</summary>
    public static HashSet<string> InteractionIds(this IEnumerable<SourceRecord> records) =>
        records.Interactions().Select(i => i.InteractionId).ToHashSet();
}
