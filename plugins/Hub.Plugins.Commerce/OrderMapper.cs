using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// Turns one item of <c>orders.json</c> into an order record. A guest checkout has no customer but keeps its
/// e-mail: the order is attached to a customer record made from that e-mail (and the billing address), so the
/// purchase still counts toward the person once identity resolution finds them.
/// </summary>
internal static class OrderMapper
{
    public const string GuestPrefix = "guest:";

    private static readonly string[] AttributeFields = ["name", "financial_status", "fulfillment_status", "cancelled_at"];

    /// <summary>The order (with its guest customer, for a guest checkout), or null with the reason it cannot be one.</summary>
    public static MappedOrder? Map(JsonElement item, string position, string? defaultCountry, out string? reason)
    {
        if (Required(item, out reason) is not { } required) return null;

        List<string>? warnings = null;
        var updatedAt = ShopJson.Timestamp(item, "updated_at", ref warnings);
        var ownerId = ShopJson.Object(item, "customer") is { } customer ? ShopJson.Id(customer) : null;
        var guest = ownerId is null ? Guest(item, position, defaultCountry, updatedAt) : null;
        if ((ownerId ?? guest?.SourceId) is not { } customerId)
        {
            reason = "the order has no customer and no e-mail, so it cannot be attached to anyone";
            return null;
        }

        var order = new OrderRecord
        {
            OrderId = required.Id,
            CustomerSourceId = customerId,
            OrderedAt = required.OrderedAt,
            Amount = required.Amount,
            Currency = required.Currency,
            Lines = Lines(item, ref warnings),
            Attributes = Attributes(item),
            UpdatedAt = updatedAt,
            Warnings = warnings ?? [],
            Position = position,
            RawPayload = item.GetRawText(),
        };
        return new MappedOrder(order, guest);
    }

    private static RequiredFields? Required(JsonElement item, out string? reason)
    {
        reason = null;
        if (item.ValueKind != JsonValueKind.Object) reason = "the item is not a JSON object";
        else if (ShopJson.Id(item) is not { } id) reason = "the order has no id";
        else if (!item.TryGetProperty("total_price", out var total) || total.ValueKind == JsonValueKind.Null) reason = "the order has no total_price";
        else if (!ShopJson.TryDecimal(total, out var amount)) reason = $"total_price '{Raw(total)}' is not a number";
        else if (ShopJson.Text(item, "currency") is not { } currency) reason = "the order has no currency";
        else if (currency.Length != 3 || !currency.All(char.IsAsciiLetter)) reason = $"currency '{currency}' is not a three-letter ISO 4217 code";
        else if (OrderedAt(item, out reason) is { } orderedAt) return new RequiredFields(id, amount, currency.ToUpperInvariant(), orderedAt);
        return null;
    }

    private static DateTimeOffset? OrderedAt(JsonElement item, out string? reason)
    {
        reason = null;
        var field = ShopJson.Text(item, "processed_at") is null ? "created_at" : "processed_at";
        if (ShopJson.Text(item, field) is not { } text) reason = "the order has neither processed_at nor created_at";
        else if (ShopJson.TryTimestamp(text, out var orderedAt)) return orderedAt;
        else reason = $"{field} '{text}' is not a valid date";
        return null;
    }

    private static CustomerRecord? Guest(JsonElement item, string position, string? defaultCountry, DateTimeOffset? updatedAt)
    {
        var customer = ShopJson.Object(item, "customer");
        var email = ShopJson.Text(item, "email") ?? ShopJson.Text(item, "contact_email") ?? (customer is { } c ? ShopJson.Text(c, "email") : null);
        if (email is null) return null;

        var address = ShopJson.Object(item, "billing_address") ?? ShopJson.Object(item, "shipping_address");
        string? Address(string name) => address is { } value ? ShopJson.Text(value, name) : null;
        return new CustomerRecord
        {
            SourceId = GuestPrefix + email.ToLowerInvariant(),
            Email = email,
            GivenName = Address("first_name"),
            FamilyName = Address("last_name"),
            Phone = ShopJson.Text(item, "phone") ?? Address("phone"),
            Street = Address("address1"),
            City = Address("city"),
            Postcode = Address("zip"),
            Country = Address("country_code")?.ToUpperInvariant() ?? defaultCountry,
            Company = Address("company"),
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["guest_checkout"] = "true" },
            UpdatedAt = updatedAt,
            Position = position,
            RawPayload = item.GetRawText(),
        };
    }

    private static IReadOnlyList<OrderLine> Lines(JsonElement item, ref List<string>? warnings)
    {
        if (!item.TryGetProperty("line_items", out var items) || items.ValueKind != JsonValueKind.Array) return [];
        var lines = new List<OrderLine>(items.GetArrayLength());
        var index = 0;
        foreach (var line in items.EnumerateArray())
        {
            var quantity = 0m;
            var price = 0m;
            var ok = line.TryGetProperty("quantity", out var q) && ShopJson.TryDecimal(q, out quantity)
                && line.TryGetProperty("price", out var p) && ShopJson.TryDecimal(p, out price);
            if (!ok)
            {
                // The order total is still right; only the breakdown is unusable.
                (warnings ??= []).Add($"line_items[{index}] has no usable quantity and price; the order's lines were left empty");
                return [];
            }

            lines.Add(new OrderLine(Sku(line), quantity, price));
            index++;
        }

        return lines;
    }

    // Custom items and products without SKUs are common; the variant (or product) id still names what was bought.
    private static string Sku(JsonElement line) =>
        ShopJson.Text(line, "sku")
        ?? (ShopJson.Id(line, "variant_id") is { } variant ? "variant:" + variant : null)
        ?? (ShopJson.Id(line, "product_id") is { } product ? "product:" + product : null)
        ?? (ShopJson.Text(line, "title") is { } title ? "title:" + title : "unknown");

    private static Dictionary<string, string> Attributes(JsonElement item)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in AttributeFields)
        {
            if (ShopJson.Text(item, field) is { } value) attributes[field] = value;
        }

        return attributes;
    }

    private static string Raw(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private sealed record RequiredFields(string Id, decimal Amount, string Currency, DateTimeOffset OrderedAt);
}
