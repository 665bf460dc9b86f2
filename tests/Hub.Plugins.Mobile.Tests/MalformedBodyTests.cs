using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

public sealed class MalformedBodyTests
{
    [Theory]
    [InlineData("v1/track", "{ \"userId\": ", "not valid JSON")]
    [InlineData("v1/track", "[1, 2]", "must be a JSON object")]
    [InlineData("v1/batch", "{ \"batch\": { \"type\": \"track\" } }", "'batch' must be an array")]
    [InlineData("v1/batch", "{ \"messages\": [] }", "'batch' must be an array")]
    [InlineData("v2/track", "{}", "'v2/track' is not a Segment endpoint")]
    [InlineData("", "{}", "v1/batch")]
    public void A_body_that_cannot_be_read_is_refused_as_a_whole_with_the_reason(string path, string body, string reason)
    {
        var ex = Assert.Throws<PushRejectedException>(() => Segment.Receive(path, body));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_claims_gzip_but_is_not_is_refused()
    {
        var request = Segment.Request("v1/track", """{ "userId": "u-1", "event": "E" }""", ("content-encoding", "gzip"));

        var ex = Assert.Throws<PushRejectedException>(() => Segment.Connector.Receive(request, Segment.Context()));

        Assert.Contains("gzip", ex.Message, StringComparison.Ordinal);
    }
}
