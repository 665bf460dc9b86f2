using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

public sealed class LimitTests
{
    private static string Padding(int characters) => new('x', characters);

    [Fact]
    public void A_batch_message_over_32_KB_is_rejected_with_its_size_while_the_others_are_stored()
    {
        var big = $$"""{ "type": "track", "userId": "u-1", "event": "Big", "properties": { "blob": "{{Padding(33 * 1024)}}" } }""";
        var small = """{ "type": "track", "userId": "u-1", "event": "Small", "messageId": "m-1" }""";

        var result = Segment.Receive("v1/batch", $$"""{ "batch": [ {{big}}, {{small}} ] }""");

        Assert.Equal("Small", Assert.IsType<EventRecord>(Assert.Single(result.Records)).Name);
        var rejected = Assert.Single(result.Rejected);
        Assert.Contains("32 KB per message", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(big, rejected.RawPayload);
    }

    [Fact]
    public void A_single_call_over_32_KB_is_rejected_not_stored()
    {
        var result = Segment.Receive("v1/identify", $$"""{ "userId": "u-1", "traits": { "bio": "{{Padding(40 * 1024)}}" } }""");

        Assert.Empty(result.Records);
        Assert.Contains("32 KB", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_over_500_KB_is_refused_as_a_whole()
    {
        var message = $$"""{ "type": "track", "userId": "u-1", "event": "E", "properties": { "blob": "{{Padding(20 * 1024)}}" } }""";
        var body = $$"""{ "batch": [ {{string.Join(",", Enumerable.Repeat(message, 26))}} ] }""";

        var ex = Assert.Throws<PushRejectedException>(() => Segment.Receive("v1/batch", body));

        Assert.Contains("500 KB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzipped_body_that_expands_beyond_500_KB_is_refused()
    {
        var body = $$"""{ "batch": [], "pad": "{{Padding(2 * 1024 * 1024)}}" }""";
        var request = Segment.Request("v1/batch", Segment.Gzip(body), ("content-encoding", "gzip"));

        var ex = Assert.Throws<PushRejectedException>(() => Segment.Connector.Receive(request, Segment.Context()));

        Assert.Contains("500 KB", ex.Message, StringComparison.Ordinal);
    }
}
