using Hub.Contracts;

namespace Hub.Mining.Tests;

/// <summary>Tiny factories for test data.</summary>
internal static class Some
{
    public static CustomerRecord Customer(string sourceId) => new() { SourceId = sourceId, FullName = "Customer " + sourceId };

    public static OrderRecord Order(string orderId, string customer, decimal amount, DateTimeOffset at) => new()
    {
        OrderId = orderId,
        CustomerSourceId = customer,
        OrderedAt = at,
        Amount = amount,
        Currency = "CNY",
    };
}
