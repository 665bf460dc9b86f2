namespace Hub.Plugins.Mobile.Tests;

public sealed class AuthenticationTests
{
    private const string Track = """{ "userId": "u-1", "event": "Tapped" }""";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_write_key_as_the_basic_user_name_is_accepted_with_or_without_the_colon(bool withColon)
    {
        var request = Segment.Request("v1/track", Track, Segment.Basic(Segment.WriteKey, withColon));

        Assert.True(Segment.Connector.IsAuthorized(request, Segment.Context().Settings));
    }

    [Fact]
    public void The_write_key_in_the_body_is_accepted()
    {
        var request = Segment.Request("v1/track", $$"""{ "userId": "u-1", "event": "Tapped", "writeKey": "{{Segment.WriteKey}}" }""");

        Assert.True(Segment.Connector.IsAuthorized(request, Segment.Context().Settings));
    }

    [Fact]
    public void The_write_key_at_the_top_of_a_gzipped_batch_is_accepted()
    {
        var body = Segment.Gzip($$"""{ "batch": [], "writeKey": "{{Segment.WriteKey}}" }""");
        var request = Segment.Request("v1/batch", body, ("content-encoding", "gzip"));

        Assert.True(Segment.Connector.IsAuthorized(request, Segment.Context().Settings));
    }

    [Fact]
    public void Another_key_no_key_or_a_garbled_header_is_refused()
    {
        var settings = Segment.Context().Settings;

        Assert.False(Segment.Connector.IsAuthorized(Segment.Request("v1/track", Track, Segment.Basic("wk_other")), settings));
        Assert.False(Segment.Connector.IsAuthorized(Segment.Request("v1/track", Track), settings));
        Assert.False(Segment.Connector.IsAuthorized(Segment.Request("v1/track", Track, ("authorization", "Basic %%%")), settings));
        Assert.False(Segment.Connector.IsAuthorized(Segment.Request("v1/track", """{ "writeKey": "wk_other" }"""), settings));
        Assert.False(Segment.Connector.IsAuthorized(Segment.Request("v1/track", Track, ("authorization", "Bearer " + Segment.WriteKey)), settings));
    }

    [Fact]
    public void An_instance_without_a_write_key_lets_nobody_in()
    {
        var request = Segment.Request("v1/track", """{ "writeKey": "" }""", Segment.Basic(""));

        Assert.False(Segment.Connector.IsAuthorized(request, Segment.Context(writeKey: null).Settings));
    }

    [Fact]
    public void A_write_key_sent_in_the_body_is_not_kept_with_the_stored_message()
    {
        var request = Segment.Request("v1/track", $$"""{ "userId": "u-1", "event": "Tapped", "writeKey": "{{Segment.WriteKey}}" }""");

        var result = Segment.Connector.Receive(request, Segment.Context());

        var raw = Assert.Single(result.Records).RawPayload!;
        Assert.DoesNotContain(Segment.WriteKey, raw, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"track\"", raw, StringComparison.Ordinal);
    }
}
