using System.Globalization;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// Reads one Shopify webhook, pushed to <c>POST /ingest/{connector id}</c>. The topic comes in <c>X-Shopify-Topic</c>; the body
/// is the resource as the Admin REST API shows it. Webhooks are how Shopify reports deletions (the list endpoints simply stop
/// returning a deleted customer), so <c>customers/delete</c> and <c>orders/delete</c> become tombstones; creations and updates
/// arrive ahead of the next scheduled sync.
/// </summary>
internal static class ShopWebhook
{
    public const string TopicHeader = "x-shopify-topic";

    /// <summary>What the hub answers; Shopify reads only the status.</summary>
    public const string AcceptedJson = """{"accepted":true}""";

    private static readonly string[] CustomerTopics = ["customers/create", "customers/update", "customers/enable", "customers/disable"];
    private static readonly string[] OrderTopics =
        ["orders/create", "orders/updated", "orders/paid", "orders/cancelled", "orders/fulfilled", "orders/partially_fulfilled", "orders/edited"];

    public static PushResult Receive(PushRequest request, string? defaultCountry)
    {
        if (request.Path.Trim('/').Length > 0)
        {
            throw new PushRejectedException("shop webhooks go to /ingest/{connector id} itself, with the topic in the X-Shopify-Topic header; nothing is served below it");
        }

        if (!request.Headers.TryGetValue(TopicHeader, out var header) || string.IsNullOrWhiteSpace(header))
        {
            throw new PushRejectedException("the request has no X-Shopify-Topic header; only Shopify webhooks are taken here");
        }

        var topic = header.Trim().ToLowerInvariant();
        using var document = Parse(request.Body);
        var item = document.RootElement;
        var position = Position(topic, request);
        return topic switch
        {
            "customers/delete" => Deleted(item, position, id => new CustomerRecord { SourceId = id, IsDeleted = true, Position = position }),
            "orders/delete" => Deleted(item, position, id => Tombstone(id, position)),
            _ when CustomerTopics.Contains(topic) => Customer(item, position, defaultCountry),
            _ when OrderTopics.Contains(topic) => Order(item, position, defaultCountry),
            _ => throw new PushRejectedException(
                $"topic '{topic}' is not taken here; subscribe this address to customers/create, customers/update, customers/delete, orders/create, orders/updated or orders/delete"),
        };
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
            document.Dispose();
            throw new PushRejectedException("the body is not a JSON object; a webhook carries the one resource it is about");
        }
        catch (JsonException e)
        {
            throw new PushRejectedException($"the body is not valid JSON ({e.Message})");
        }
    }

    private static PushResult Customer(JsonElement item, string position, string? defaultCountry) =>
        CustomerMapper.Map(item, position, defaultCountry, out var reason) is { } customer
            ? Accepted(customer)
            : Rejected("customers", item, position, reason!);

    private static PushResult Order(JsonElement item, string position, string? defaultCountry)
    {
        if (OrderMapper.Map(item, position, defaultCountry, out var reason) is not { } mapped) return Rejected("orders", item, position, reason!);
        // The guest goes first, as in a synced page, so the order finds its customer.
        return mapped.Guest is { } guest ? Accepted(guest, mapped.Order) : Accepted(mapped.Order);
    }

    // A delete webhook carries only the id: the tombstone replaces the data the hub held.
    private static PushResult Deleted(JsonElement item, string position, Func<string, SourceRecord> tombstone) =>
        ShopJson.Id(item) is { } id
            ? Accepted(tombstone(id))
            : Rejected(position.StartsWith("customers", StringComparison.Ordinal) ? "customers" : "orders", item, position, "the deleted resource has no id");

    // An order tombstone keeps the key; amount and time are required of orders, so it carries neutral ones the store ignores for deleted rows.
    private static OrderRecord Tombstone(string id, string position) => new()
    {
        OrderId = id,
        CustomerSourceId = "",
        OrderedAt = DateTimeOffset.UnixEpoch,
        Amount = 0,
        Currency = "XXX",
        IsDeleted = true,
        Position = position,
    };

    private static PushResult Accepted(params SourceRecord[] records) => new(records, AcceptedJson);

    private static PushResult Rejected(string stream, JsonElement item, string position, string reason) =>
        new([], AcceptedJson) { Rejected = [new RejectedRecord(stream, position, item.GetRawText(), reason)] };

    private static string Position(string topic, PushRequest request) =>
        request.Headers.TryGetValue("x-shopify-webhook-id", out var id) && !string.IsNullOrWhiteSpace(id)
            ? string.Create(CultureInfo.InvariantCulture, $"{topic} webhook {id.Trim()}")
            : topic + " webhook";
}
