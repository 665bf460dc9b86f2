using Hub.Contracts;
using Hub.SampleData.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.Commerce.Tests;

/// <summary>Runs the connector against a fake shop the way the host does.</summary>
public static class Sync
{
    /// <summary>A context for <paramref name="shop"/>, with its token; <paramref name="settings"/> add to or override the defaults.</summary>
    public static ConnectorContext Context(FakeShop shop, HttpClient? http = null, params (string Name, string Value)[] settings)
    {
        var values = new Dictionary<string, string>
        {
            ["baseUrl"] = shop.BaseAddress.ToString(),
            ["accessToken"] = shop.AccessToken,
        };
        foreach (var (name, value) in settings) values[name] = value;
        return new ConnectorContext("shop", "shop", new TestSettings(values), NullLogger.Instance, http);
    }

    public static async Task<List<RecordBatch>> ReadBatchesAsync(ConnectorContext context, Checkpoint? checkpoint = null)
    {
        var batches = new List<RecordBatch>();
        await foreach (var batch in new ShopConnector().ReadAsync(context, checkpoint ?? Checkpoint.Start, TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public static async Task<List<SourceRecord>> ReadRecordsAsync(ConnectorContext context, Checkpoint? checkpoint = null) =>
        [.. (await ReadBatchesAsync(context, checkpoint)).SelectMany(b => b.Records)];

    public static Task<CheckResult> CheckAsync(ConnectorContext context) =>
        new ShopConnector().CheckAsync(context, TestContext.Current.CancellationToken);

    public static IEnumerable<string> CustomerIds(IEnumerable<RecordBatch> batches) =>
        batches.SelectMany(b => b.Records).OfType<CustomerRecord>().Select(c => c.SourceId);

    public static IEnumerable<string> OrderIds(IEnumerable<RecordBatch> batches) =>
        batches.SelectMany(b => b.Records).OfType<OrderRecord>().Select(o => o.OrderId);
}
