using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

public sealed class ConnectorTests
{
    [Fact]
    public void The_plugin_offers_a_push_connector_whose_write_key_is_a_required_secret()
    {
        var registry = new CapturingRegistry();
        new MobilePlugin().Register(registry);

        var connector = Assert.Single(registry.Connectors);
        Assert.IsAssignableFrom<IPushReceiver>(connector);
        Assert.IsAssignableFrom<IRawRecordParser>(connector);
        var writeKey = Assert.Single(connector.Settings);
        Assert.Equal(("writeKey", true, true), (writeKey.Name, writeKey.Required, writeKey.Secret));
    }

    [Fact]
    public async Task Check_names_the_endpoint_and_says_the_write_key_is_set()
    {
        var ok = await Segment.Connector.CheckAsync(Segment.Context(), TestContext.Current.CancellationToken);
        var missing = await Segment.Connector.CheckAsync(Segment.Context(writeKey: null), TestContext.Current.CancellationToken);

        Assert.True(ok.Ok);
        Assert.Contains("/ingest/app/v1/batch", ok.Message, StringComparison.Ordinal);
        Assert.Contains("writeKey is set", ok.Message, StringComparison.Ordinal);
        Assert.False(missing.Ok);
        Assert.Contains("'writeKey' is not set", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sync_reads_nothing_because_the_app_pushes()
    {
        var batches = await Segment.Connector.ReadAsync(Segment.Context(), Checkpoint.Start, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Empty(batches);
    }

    [Fact]
    public void A_quarantined_single_call_can_be_read_again_on_its_own_once_the_cause_is_fixed()
    {
        var oversized = $$"""{ "userId": "u-1", "event": "Big", "messageId": "m-9", "properties": { "blob": "{{new string('x', 40 * 1024)}}" } }""";
        var rejected = Assert.Single(Segment.Receive("v1/track", oversized).Rejected);

        var retried = Segment.Connector.Parse(rejected.Stream, rejected.RawPayload, Segment.Context());

        Assert.Empty(retried.Rejected);
        var e = Assert.IsType<EventRecord>(Assert.Single(retried.Records));
        Assert.Equal(("m-9", "Big"), (e.EventId, e.Name));
    }

    [Fact]
    public void A_payload_that_is_still_unusable_comes_back_rejected_with_the_reason()
    {
        var bad = Segment.Connector.Parse("events", "{ not json", Segment.Context());
        var noIds = Segment.Connector.Parse("events", """{ "type": "track", "event": "E" }""", Segment.Context());

        Assert.Contains("not valid JSON", Assert.Single(bad.Rejected).Reason, StringComparison.Ordinal);
        Assert.Contains("neither userId nor anonymousId", Assert.Single(noIds.Rejected).Reason, StringComparison.Ordinal);
    }

    private sealed class CapturingRegistry : IPluginRegistry
    {
        public List<IConnector> Connectors { get; } = [];

        public string PluginId => "mobile";

        public void AddConnector(IConnector connector) => Connectors.Add(connector);

        public void AddMiner(IMiner miner) => throw new InvalidOperationException("the mobile plugin has no miners");
    }
}
