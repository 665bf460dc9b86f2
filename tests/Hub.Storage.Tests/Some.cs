using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Tests;

/// <summary>Tiny factories for test data.</summary>
internal static class Some
{
    public static CustomerRecord Customer(string sourceId, string? email = null) => new()
    {
        SourceId = sourceId,
        FullName = "Wang Fang " + sourceId,
        GivenName = "Fang",
        FamilyName = "Wang",
        Email = email ?? $"{sourceId}@example.com",
        Phone = "+86 10 5555 0000",
        Street = "1 Chang'an Ave",
        City = "北京",
        Postcode = "100000",
        Country = "CN",
        BirthDate = new DateOnly(1988, 7, 14),
        Company = "Acme",
        ExternalId = "loyalty-" + sourceId,
        Position = $"customers.csv row {sourceId}",
        Attributes = new Dictionary<string, string> { ["tier"] = "gold", ["渠道"] = "电话 \"400\" 热线" },
    };

    public static OrderRecord Order(string orderId, string customerSourceId, decimal amount = 19.99m) => new()
    {
        OrderId = orderId,
        CustomerSourceId = customerSourceId,
        OrderedAt = new DateTimeOffset(2025, 2, 1, 10, 30, 0, TimeSpan.FromHours(8)),
        Amount = amount,
        Currency = "CNY",
        Lines = [new OrderLine("SKU-1", 2, amount / 2)],
    };

    public static IngestBatch Batch(long runId, IReadOnlyList<SourceRecord> records, string? checkpoint = null, string? connectorId = "shop") =>
        new(runId, connectorId, "shop", records, [], new Checkpoint(checkpoint), records.Count);

    public static IReadOnlyList<SourceRecord> Customers(int count, int from = 1) =>
        Enumerable.Range(from, count).Select(i => (SourceRecord)Customer("c" + i)).ToList();

    public static GoldenCustomer Golden(long number, string name) => new()
    {
        Number = number,
        Kind = CustomerKind.Person,
        DisplayName = name,
        Email = $"{name.ToLowerInvariant()}@example.com",
        Emails = [$"{name.ToLowerInvariant()}@example.com", $"{name.ToLowerInvariant()}@work.example"],
        Phones = ["+8610555500" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        BirthDate = new DateOnly(1990, 1, 2),
        RecordCount = 1,
    };
}
