using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

public sealed class BatchTests
{
    private const string MixedBatch = """
        {
          "batch": [
            { "type": "identify", "userId": "u-1", "traits": { "email": "a@example.com" } },
            { "type": "track", "userId": "u-1", "event": "Order Completed", "messageId": "m-1" },
            { "type": "screen", "anonymousId": "dev-2", "name": "Home", "messageId": "m-2" },
            { "type": "track", "event": "Nobody" },
            { "userId": "u-1", "event": "No Type" },
            { "type": "purchase", "userId": "u-1" }
          ],
          "sentAt": "2025-02-01T00:00:00Z"
        }
        """;

    [Theory]
    [InlineData("v1/batch")]
    [InlineData("v1/import")]
    [InlineData("v1/b")]
    [InlineData("/v1/batch/")]
    public void Each_message_of_a_batch_is_mapped_by_its_own_type_and_bad_ones_are_rejected_with_their_position(string path)
    {
        var result = Segment.Receive(path, MixedBatch);

        Assert.Equal(["Order Completed", "Screen Viewed: Home"], result.Records.OfType<EventRecord>().Select(e => e.Name));
        Assert.Equal("u-1", Assert.Single(result.Records.OfType<CustomerRecord>()).SourceId);
        Assert.All(result.Records.OfType<EventRecord>(), e => Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), e.OccurredAt));
        Assert.Equal(3, result.Rejected.Count);
        Assert.Contains(result.Rejected, r => r.Position!.EndsWith("message 4", StringComparison.Ordinal) && r.Reason.Contains("neither userId nor anonymousId", StringComparison.Ordinal));
        Assert.Contains(result.Rejected, r => r.Position!.EndsWith("message 5", StringComparison.Ordinal) && r.Reason.Contains("no type", StringComparison.Ordinal));
        Assert.Contains(result.Rejected, r => r.Position!.EndsWith("message 6", StringComparison.Ordinal) && r.Reason.Contains("'purchase'", StringComparison.Ordinal));
        Assert.Equal(SegmentConnector.SuccessJson, result.ResponseJson);
    }

    [Fact]
    public void A_gzipped_batch_is_read_like_a_plain_one()
    {
        var request = Segment.Request("v1/batch", Segment.Gzip(MixedBatch), ("content-encoding", "gzip"));

        var result = Segment.Connector.Receive(request, Segment.Context());

        Assert.Equal(3, result.Records.Count);
    }

    [Fact]
    public void An_empty_batch_is_a_success_with_nothing_to_store()
    {
        var result = Segment.Receive("v1/batch", """{ "batch": [] }""");

        Assert.Empty(result.Records);
        Assert.Empty(result.Rejected);
    }
}
