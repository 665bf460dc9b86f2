using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.Mining.Tests;

/// <summary>Tiny factories of test data.</summary>
internal static class TestRecords
{
    private static int _sequence;

    public static OrderRecord Order(string customerId, DateOnly day, decimal amount) => new()
    {
        OrderId = Next(),
        CustomerSourceId = customerId,
        OrderedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        Amount = amount,
        Currency = "EUR",
    };

    public static InteractionRecord Interaction(string customerId, DateOnly day, string channel) => new()
    {
        InteractionId = Next(),
        CustomerSourceId = customerId,
        OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        Channel = channel,
    };

    public static CustomerActivity Customer(string id, params OrderRecord[] orders) =>
        new(id, CustomerKind.Person, orders, []);

    private static string Next() => Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
}
