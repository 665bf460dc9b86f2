using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.Mining.Tests.Doubles;

/// <summary>Tiny factories for the records the miners read.</summary>
public static class Some
{
    private static int counter;

    public static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    public static OrderRecord Order(DateTimeOffset at, decimal amount = 10m, params OrderLine[] lines) => new()
    {
        OrderId = Next("o"),
        CustomerSourceId = "c",
        OrderedAt = at,
        Amount = amount,
        Currency = "EUR",
        Lines = lines,
    };

    public static InteractionRecord Call(DateTimeOffset at, decimal? score, string channel = "call") => new()
    {
        InteractionId = Next("i"),
        CustomerSourceId = "c",
        OccurredAt = at,
        Channel = channel,
        Score = score,
    };

    public static EventRecord Event(DateTimeOffset at, string name, string? propertiesJson) => new()
    {
        EventId = Next("e"),
        CustomerSourceId = "c",
        Name = name,
        OccurredAt = at,
        PropertiesJson = propertiesJson,
    };

    /// <summary>An NPS answer as the demo's Segment source sends it.</summary>
    public static EventRecord NpsAnswer(DateTimeOffset at, int score) =>
        Event(at, "Survey Submitted", "{\"survey\":\"nps\",\"score\":" + score.ToString(CultureInfo.InvariantCulture) + "}");

    public static CustomerActivity Customer(string id, IReadOnlyList<OrderRecord>? orders = null,
        IReadOnlyList<InteractionRecord>? interactions = null, IReadOnlyList<EventRecord>? events = null) =>
        new(id, CustomerKind.Person, orders ?? [], interactions ?? []) { Events = events ?? [] };

    private static string Next(string prefix) => prefix + Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture);
}
