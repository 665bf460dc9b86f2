using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// A hub with <see cref="CustomerCount"/> customers (cus_1 to cus_120), enough for a page of 100, each with a shop record
/// at "{n} Wensan Road, 310012 Hangzhou, CN"; even ones also have a call-center record at the same address, except
/// cus_2's, which is at "8 Nanshan Road, 310002". Orders: cus_3 has o3a (2024-01-15, 10.10 CNY), o3b (2024-03-02, 5.05 CNY,
/// one line) and o3c (2024-02-01, 7.25 USD); cus_2 has shop order o2 (2024-04-01) and call-center order c2 (2024-05-01);
/// every customer above 20 has one order; one order names a record the hub does not have. Interactions: cus_3 has a
/// phone call i1 (2024-02-10) and an e-mail i2 (2024-03-10); every customer above 20 has one. Links: the two records of
/// every even customer, by rule:email for cus_4 and by the model (14.25 bits, names exact) for the others.
/// </summary>
public sealed class ActivityApiServer : IAsyncLifetime
{
    public const int CustomerCount = 120;

    public ActivityApiServer() => Server = new ApiServer(_ => { }, SeedAsync);

    public ApiServer Server { get; }

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static async Task SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var ingest = scope.ServiceProvider.GetRequiredService<IIngestStore>();
        var numbers = Enumerable.Range(1, CustomerCount).Select(n => (long)n).ToList();
        await ApiServer.IngestAsync(ingest, Some.Shop, [.. numbers.Select(ShopRecord)]);
        await ApiServer.IngestAsync(ingest, Some.CallCenter, [.. numbers.Where(Some.HasCallCenterRecord).Select(CallCenterRecord)]);

        var at = (int month, int day) => new DateTimeOffset(2024, month, day, 10, 0, 0, TimeSpan.Zero);
        await ApiServer.IngestAsync(ingest, Some.Shop,
        [
            Order("o3a", "shop-3", at(1, 15), 10.10m, "CNY"),
            Order("o3b", "shop-3", at(3, 2), 5.05m, "CNY") with { Lines = [new OrderLine("TEA-1", 2, 2.525m)] },
            Order("o3c", "shop-3", at(2, 1), 7.25m, "USD"),
            Order("o2", "shop-2", at(4, 1), 20m, "CNY"),
            Order("o-unknown", "shop-999", at(4, 1), 1m, "CNY"),
            .. numbers.Where(n => n > 20).Select(n => Order($"bulk-{n}", $"shop-{n}", at(6, 1), n, "CNY")),
            Interaction("i1", "shop-3", at(2, 10), "phone") with
            {
                Type = "support", Direction = "inbound", Duration = TimeSpan.FromSeconds(90), Outcome = "solved", Agent = "A7",
                Summary = "asked about delivery", Score = 4.5m,
            },
            Interaction("i2", "shop-3", at(3, 10), "email"),
            .. numbers.Where(n => n > 20).Select(n => Interaction($"bulk-{n}", $"shop-{n}", at(6, 2), "chat")),
        ]);
        await ApiServer.IngestAsync(ingest, Some.CallCenter, [Order("c2", "cc-2", at(5, 1), 3m, "CNY")]);

        var identity = scope.ServiceProvider.GetRequiredService<IIdentityStore>();
        var customerOfRecord = new Dictionary<long, long>();
        var rowOf = new Dictionary<string, long>();
        foreach (var stored in await identity.LoadCustomerRecordsAsync(CancellationToken.None))
        {
            customerOfRecord[stored.RowId] = long.Parse(stored.SourceId.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);
            rowOf[stored.SourceId] = stored.RowId;
        }

        var links = numbers.Where(Some.HasCallCenterRecord).Select(n => n == 4
            ? new LinkEvidence(rowOf["shop-4"], rowOf["cc-4"], double.PositiveInfinity, 1L << 12, "rule:email", 1)
            : new LinkEvidence(rowOf[$"shop-{n}"], rowOf[$"cc-{n}"], 14.25, 0x11, "model", 1));
        await identity.SaveResolutionAsync(
            new ResolutionOutcome(customerOfRecord, [.. numbers.Select(Some.Golden)]) { Links = [.. links] }, CancellationToken.None);
    }

    private static CustomerRecord ShopRecord(long number) =>
        Some.ShopRecord(number) with { Street = $"{number} Wensan Road", Postcode = "310012" };

    private static CustomerRecord CallCenterRecord(long number) => Some.CallCenterRecord(number) with
    {
        Street = number == 2 ? "8 Nanshan Road" : $"{number} Wensan Road",
        City = "Hangzhou",
        Postcode = number == 2 ? "310002" : "310012",
        Country = "CN",
    };

    private static OrderRecord Order(string id, string customerSourceId, DateTimeOffset at, decimal amount, string currency) =>
        new() { OrderId = id, CustomerSourceId = customerSourceId, OrderedAt = at, Amount = amount, Currency = currency };

    private static InteractionRecord Interaction(string id, string customerSourceId, DateTimeOffset at, string channel) =>
        new() { InteractionId = id, CustomerSourceId = customerSourceId, OccurredAt = at, Channel = channel };
}
