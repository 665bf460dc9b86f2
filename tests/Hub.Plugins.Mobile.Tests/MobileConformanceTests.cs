using System.Text;
using Hub.Contracts;
using Hub.Contracts.Testing;

namespace Hub.Plugins.Mobile.Tests;

/// <summary>
/// The mobile plugin against the connector kit: it is push-only, so the kit checks its settings and check, and that a sync
/// reads nothing without an error. It has nothing to refuse on a sync (no source is read), so those checks are skipped.
/// </summary>
public sealed class MobileConformanceTests : ConnectorConformanceTests
{
    protected override string PluginId => "mobile";

    protected override IHubPlugin CreatePlugin() => new MobilePlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["writeKey"] = Segment.WriteKey };

    protected override bool PushOnly => true;
}

/// <summary>
/// The mobile plugin against the push-receiver kit: a batch as a Segment SDK posts it to <c>v1/batch</c>, authenticated by
/// the write key as the Basic user name; without the header (and with no write key in the body) it is a stranger's.
/// </summary>
public sealed class MobilePushConformanceTests : PushReceiverConformanceTests
{
    private const string Batch = """
        {
          "batch": [
            { "type": "identify", "userId": "u-1", "traits": { "email": "ann@example.com", "name": "Ann Lee" }, "messageId": "m-1", "timestamp": "2025-02-01T09:00:00Z" },
            { "type": "track", "userId": "u-1", "event": "Order Completed", "properties": { "total": 12.5 }, "messageId": "m-2", "timestamp": "2025-02-01T09:01:00Z" },
            { "type": "screen", "anonymousId": "dev-7", "name": "Home", "messageId": "m-3", "timestamp": "2025-02-01T09:02:00Z" },
            { "type": "track", "event": "Nobody" }
          ],
          "sentAt": "2025-02-01T09:03:00Z"
        }
        """;

    protected override string PluginId => "mobile";

    protected override IHubPlugin CreatePlugin() => new MobilePlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["writeKey"] = Segment.WriteKey };

    protected override PushRequest SamplePush => Segment.Request("v1/batch", Encoding.UTF8.GetBytes(Batch), Segment.Basic(Segment.WriteKey));

    protected override PushRequest? UnauthenticatedPush => Segment.Request("v1/batch", Encoding.UTF8.GetBytes(Batch));
}
