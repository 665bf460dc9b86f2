using System.Text.Json.Nodes;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests;

/// <summary>
/// Customers filtered and ordered by when they ordered and were in touch, and those figures kept current as orders and
/// interactions arrive, change, move and go, and as resolution regroups records. Each test has its own server: they
/// all change its data. The usual customers 1–15 (with gaps); orders and interactions are seeded per test.
/// </summary>
public sealed class CustomerActivityFilterTests
{
    private const string Page = """
        query Page($filter: CustomerFilter, $orderBy: [CustomerOrder!]) {
          customers(first: 50, filter: $filter, orderBy: $orderBy) {
            edges { node { id firstOrderAt lastOrderAt orderCount firstInteractionAt lastInteractionAt interactionCount } }
          }
        }
        """;

    private static readonly DateTimeOffset January = new(2024, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset March = new(2024, 3, 2, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2024, 6, 30, 23, 59, 59, TimeSpan.Zero);

    [Fact]
    public async Task A_customer_shows_the_first_and_last_of_the_orders_of_all_its_records()
    {
        await using var server = await StartAsync();
        await IngestAsync(server, Some.Shop, Order("a", "shop-3", March), Order("b", "shop-3", January));
        await IngestAsync(server, Some.CallCenter, Call("c1", "cc-6", June), Call("c2", "cc-6", January));

        var three = await CustomerAsync(server, 3);
        var six = await CustomerAsync(server, 6);

        Assert.Equal(("2024-01-15T10:00:00.000Z", "2024-03-02T18:00:00.000Z", 2), (Time(three, "firstOrderAt"), Time(three, "lastOrderAt"), (int)three["orderCount"]!));
        Assert.Equal(("2024-01-15T10:00:00.000Z", "2024-06-30T23:59:59.000Z", 2),
            (Time(six, "firstInteractionAt"), Time(six, "lastInteractionAt"), (int)six["interactionCount"]!));
        Assert.Equal((null, 0), (Time(six, "lastOrderAt"), (int)six["orderCount"]!));
    }

    [Fact]
    public async Task Filters_on_order_and_interaction_times_and_counts_select_exactly_the_customers_they_name()
    {
        await using var server = await StartAsync();
        await IngestAsync(server, Some.Shop, Order("a", "shop-1", January), Order("b", "shop-2", March), Order("c", "shop-2", June), Order("d", "shop-3", June));
        await IngestAsync(server, Some.CallCenter, Call("c1", "cc-2", March), Call("c2", "cc-10", June));

        Assert.Equal(["cus_2", "cus_3"], await IdsAsync(server, """{ "lastOrderAt": { "gte": "2024-06-30T23:59:59Z" } }"""));
        Assert.Equal(["cus_2", "cus_3"], await IdsAsync(server, """{ "lastOrderAt": { "gt": "2024-03-02T18:00:00Z" } }"""));
        Assert.Equal(["cus_1"], await IdsAsync(server, """{ "firstOrderAt": { "lt": "2024-03-02T18:00:00Z" } }"""));
        Assert.Equal(["cus_1", "cus_2"], await IdsAsync(server, """{ "firstOrderAt": { "lte": "2024-03-02T18:00:00Z" } }"""));
        // An offset other than UTC names the same instant.
        Assert.Equal(["cus_1"], await IdsAsync(server, """{ "firstOrderAt": { "lt": "2024-01-15T18:00:01+08:00" } }"""));
        Assert.Equal(["cus_2"], await IdsAsync(server, """{ "orderCount": { "gte": 2 } }"""));
        Assert.Equal(["cus_10"], await IdsAsync(server, """{ "lastInteractionAt": { "gt": "2024-04-01T00:00:00Z" } }"""));
        Assert.Equal(["cus_2", "cus_10"], await IdsAsync(server, """{ "interactionCount": { "eq": 1 } }"""));
        Assert.Equal(["cus_5", "cus_6", "cus_7", "cus_9", "cus_10", "cus_11", "cus_12", "cus_14", "cus_15"],
            await IdsAsync(server, """{ "firstOrderAt": { "isNull": true } }"""));
        // Lapsed buyers: ordered, but not since March.
        Assert.Equal(["cus_1"], await IdsAsync(server, """{ "and": [ { "orderCount": { "gt": 0 } }, { "not": { "lastOrderAt": { "gte": "2024-03-01T00:00:00Z" } } } ] }"""));
    }

    [Fact]
    public async Task Ordered_by_last_order_customers_without_orders_come_last_ascending_and_first_descending()
    {
        await using var server = await StartAsync();
        await IngestAsync(server, Some.Shop, Order("a", "shop-7", June), Order("b", "shop-1", January), Order("c", "shop-12", March));
        const string ordered = """{ "id": { "in": [1, 2, 7, 12] } }""";

        Assert.Equal(["cus_1", "cus_12", "cus_7", "cus_2"], await IdsAsync(server, ordered, """[{ "field": "LAST_ORDER_AT" }]"""));
        Assert.Equal(["cus_2", "cus_7", "cus_12", "cus_1"], await IdsAsync(server, ordered, """[{ "field": "LAST_ORDER_AT", "direction": "DESC" }]"""));
        Assert.Equal(["cus_2", "cus_1", "cus_7", "cus_12"], await IdsAsync(server, ordered, """[{ "field": "ORDER_COUNT" }, { "field": "ID" }]"""));
    }

    [Fact]
    public async Task Paging_by_last_order_walks_every_customer_once_in_both_directions()
    {
        await using var server = await StartAsync();
        await IngestAsync(server, Some.Shop, [.. ApiServer.CustomerNumbers.Where(n => n % 2 == 1)
            .Select(n => Order($"o{n}", $"shop-{n}", January.AddDays(n % 4)))]);
        var api = await server.ReaderAsync();
        const string walk = """
            query Walk($after: String, $before: String, $first: Int, $last: Int) {
              customers(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: LAST_ORDER_AT, direction: DESC }]) {
                edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
              }
            }
            """;

        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = (await api.DataAsync(walk, new { first = 5, after }))["customers"]!;
            forward.AddRange(page["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await api.DataAsync(walk, new { last = 5, before }))["customers"]!;
            backward.InsertRange(0, page["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            before = (bool)page["pageInfo"]!["hasPreviousPage"]! ? (string)page["pageInfo"]!["startCursor"]! : null;
        }
        while (before is not null);

        Assert.Equal(ApiServer.CustomerNumbers.Count, forward.Distinct().Count());
        Assert.Equal(forward, backward);
        // Without orders first (descending), then newest first, ties by id.
        Assert.Equal(["cus_2", "cus_6", "cus_10", "cus_12", "cus_14", "cus_3", "cus_7", "cus_11", "cus_15", "cus_1", "cus_5", "cus_9"], forward);
    }

    [Fact]
    public async Task A_new_order_a_deleted_order_and_an_order_moved_to_another_customer_update_the_customers_at_once()
    {
        await using var server = await StartAsync();
        await IngestAsync(server, Some.Shop, Order("a", "shop-3", January), Order("b", "shop-3", March), Order("c", "shop-9", January));

        await IngestAsync(server, Some.Shop, Order("d", "shop-9", June));
        Assert.Equal((2, "2024-06-30T23:59:59.000Z"), Activity(await CustomerAsync(server, 9)));

        await IngestAsync(server, Some.Shop, Order("b", "shop-3", March) with { IsDeleted = true });
        Assert.Equal((1, "2024-01-15T10:00:00.000Z"), Activity(await CustomerAsync(server, 3)));

        // The shop corrects order a's customer: 3 loses its only order, 9 gains one.
        await IngestAsync(server, Some.Shop, Order("a", "shop-9", January));
        Assert.Equal((0, null), Activity(await CustomerAsync(server, 3)));
        Assert.Equal((3, "2024-06-30T23:59:59.000Z"), Activity(await CustomerAsync(server, 9)));
    }

    [Fact]
    public async Task When_resolution_moves_a_record_its_orders_go_with_it()
    {
        await using var server = await StartAsync();
        await IngestAsync(server, Some.Shop, Order("a", "shop-3", January), Order("b", "shop-6", June));
        var identity = server.Services.GetRequiredService<IIdentityStore>();
        var records = await identity.LoadCustomerRecordsAsync(CancellationToken.None);
        var shop6 = records.Single(r => r.Source == Some.Shop && r.SourceId == "shop-6").RowId;
        var pending = await identity.LoadPendingRecordsAsync(CancellationToken.None);

        // A resolution of changes moves shop-6 into customer 3; customer 6 keeps its call-center record.
        await identity.SaveResolutionAsync(new ResolutionOutcome(
            new Dictionary<long, long> { [shop6] = 3 },
            [Some.Golden(3) with { RecordCount = 2 }, Some.Golden(6) with { RecordCount = 1 }])
        {
            Scope = ResolutionScope.Changes,
            Generation = pending.Generation,
        }, CancellationToken.None);

        Assert.Equal((2, "2024-06-30T23:59:59.000Z"), Activity(await CustomerAsync(server, 3)));
        Assert.Equal((0, null), Activity(await CustomerAsync(server, 6)));

        // A full resolution puts everything back.
        var all = records.ToDictionary(r => r.RowId, r => long.Parse(r.SourceId.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture));
        await identity.SaveResolutionAsync(new ResolutionOutcome(all, [.. ApiServer.CustomerNumbers.Select(Some.Golden)]), CancellationToken.None);
        Assert.Equal((1, "2024-01-15T10:00:00.000Z"), Activity(await CustomerAsync(server, 3)));
        Assert.Equal((1, "2024-06-30T23:59:59.000Z"), Activity(await CustomerAsync(server, 6)));
    }

    private static async Task<ApiServer> StartAsync()
    {
        var server = new ApiServer();
        await server.InitializeAsync();
        return server;
    }

    private static Task IngestAsync(ApiServer server, string source, params SourceRecord[] records) =>
        ApiServer.IngestAsync(server.Services.GetRequiredService<IIngestStore>(), source, records);

    private static async Task<JsonNode> CustomerAsync(ApiServer server, long number)
    {
        var api = await server.ReaderAsync();
        var data = await api.DataAsync(Page, new { filter = JsonNode.Parse($$"""{ "id": { "eq": {{number}} } }""") });
        return data["customers"]!["edges"]!.AsArray().Single()!["node"]!;
    }

    private static async Task<List<string>> IdsAsync(ApiServer server, string filter, string? orderBy = null)
    {
        var api = await server.ReaderAsync();
        var data = await api.DataAsync(Page, new { filter = JsonNode.Parse(filter), orderBy = orderBy is null ? null : JsonNode.Parse(orderBy) });
        return [.. data["customers"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!)];
    }

    private static (int, string?) Activity(JsonNode customer) => ((int)customer["orderCount"]!, Time(customer, "lastOrderAt"));

    // As the API prints it, normalised to UTC milliseconds so the assertion does not depend on the scalar's precision.
    private static string? Time(JsonNode customer, string field) =>
        customer[field] is { } value ? DateTimeOffset.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture) : null;

    private static OrderRecord Order(string id, string customerSourceId, DateTimeOffset at) =>
        new() { OrderId = id, CustomerSourceId = customerSourceId, OrderedAt = at, Amount = 10m, Currency = "CNY" };

    private static InteractionRecord Call(string id, string customerSourceId, DateTimeOffset at) =>
        new() { InteractionId = id, CustomerSourceId = customerSourceId, OccurredAt = at, Channel = "phone" };
}
