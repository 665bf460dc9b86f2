using System.Globalization;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Mobile.Tests;

public sealed class EventTests
{
    [Fact]
    public void A_track_call_becomes_an_event_with_its_message_id_name_time_and_properties()
    {
        var result = Segment.Receive("v1/track", """
            { "userId": "u-1", "event": "Survey Answered", "messageId": "m-1",
              "properties": { "score": 9, "question": "nps" }, "timestamp": "2025-03-01T08:30:00.123Z" }
            """);

        var e = Assert.IsType<EventRecord>(Assert.Single(result.Records));
        Assert.Equal(("m-1", "u-1", "Survey Answered"), (e.EventId, e.CustomerSourceId, e.Name));
        Assert.Equal(DateTimeOffset.Parse("2025-03-01T08:30:00.123Z", CultureInfo.InvariantCulture), e.OccurredAt);
        Assert.Equal(9, JsonDocument.Parse(e.PropertiesJson!).RootElement.GetProperty("score").GetInt32());
    }

    [Fact]
    public void An_anonymous_visitors_event_belongs_to_their_anonymous_profile()
    {
        var result = Segment.Receive("v1/track", """{ "anonymousId": "dev-7", "event": "App Opened", "messageId": "m-2" }""");

        Assert.Equal("anon:dev-7", Assert.IsType<EventRecord>(Assert.Single(result.Records)).CustomerSourceId);
    }

    [Fact]
    public void Page_and_screen_views_are_named_after_what_was_viewed()
    {
        var page = Segment.Receive("v1/page", """{ "userId": "u-1", "name": "Pricing", "category": "Docs", "messageId": "p-1" }""");
        var screen = Segment.Receive("v1/screen", """{ "userId": "u-1", "name": "Checkout", "messageId": "s-1" }""");
        var unnamed = Segment.Receive("v1/screen", """{ "userId": "u-1", "messageId": "s-2" }""");

        var pageEvent = Assert.IsType<EventRecord>(Assert.Single(page.Records));
        Assert.Equal(("Page Viewed: Pricing", "Docs"), (pageEvent.Name, pageEvent.Attributes["category"]));
        Assert.Equal("Screen Viewed: Checkout", Assert.IsType<EventRecord>(Assert.Single(screen.Records)).Name);
        Assert.Equal("Screen Viewed", Assert.IsType<EventRecord>(Assert.Single(unnamed.Records)).Name);
    }

    [Fact]
    public void Without_a_timestamp_the_time_the_sdk_sent_it_is_used()
    {
        var result = Segment.Receive("v1/track", """{ "userId": "u-1", "event": "Tapped", "messageId": "m-3", "sentAt": "2025-01-02T03:04:05Z" }""");

        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), Assert.IsType<EventRecord>(Assert.Single(result.Records)).OccurredAt);
    }

    [Fact]
    public void An_unreadable_timestamp_falls_back_to_sent_at_with_a_warning()
    {
        var result = Segment.Receive("v1/track", """{ "userId": "u-1", "event": "Tapped", "messageId": "m-4", "timestamp": "yesterday", "sentAt": "2025-01-02T03:04:05Z" }""");

        var e = Assert.IsType<EventRecord>(Assert.Single(result.Records));
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), e.OccurredAt);
        Assert.Contains(e.Warnings, w => w.Contains("yesterday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_sent_again_without_a_message_id_is_the_same_event_not_a_duplicate()
    {
        const string json = """{ "userId": "u-1", "event": "Tapped", "timestamp": "2025-01-02T03:04:05Z" }""";

        var first = Assert.IsType<EventRecord>(Assert.Single(Segment.Receive("v1/track", json).Records));
        var again = Assert.IsType<EventRecord>(Assert.Single(Segment.Receive("v1/track", json).Records));

        Assert.Equal(first.EventId, again.EventId);
        Assert.StartsWith("sha256:", first.EventId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_track_call_without_an_event_name_is_rejected_with_the_reason()
    {
        var result = Segment.Receive("v1/track", """{ "userId": "u-1", "messageId": "m-5" }""");

        Assert.Empty(result.Records);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("events", rejected.Stream);
        Assert.Contains("no event name", rejected.Reason, StringComparison.Ordinal);
    }
}
