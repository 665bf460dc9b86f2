using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>Turns one item of <c>customers.json</c> into a customer record.</summary>
internal static class CustomerMapper
{
    // Shopify fields with no canonical place that still tell a CRM something.
    private static readonly string[] AttributeFields = ["tags", "orders_count", "total_spent", "state", "verified_email", "currency"];

    /// <summary>The customer, or null with the reason it cannot be one.</summary>
    public static CustomerRecord? Map(JsonElement item, string position, string? defaultCountry, out string? reason)
    {
        reason = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            reason = "the item is not a JSON object";
            return null;
        }

        if (ShopJson.Id(item) is not { } id)
        {
            reason = "the customer has no id";
            return null;
        }

        List<string>? warnings = null;
        var address = ShopJson.Object(item, "default_address");
        var givenName = ShopJson.Text(item, "first_name");
        var familyName = ShopJson.Text(item, "last_name");
        return new CustomerRecord
        {
            SourceId = id,
            GivenName = givenName,
            FamilyName = familyName,
            // Guest-checkout accounts often carry their name only on the address.
            FullName = givenName is null && familyName is null && address is { } named ? ShopJson.Text(named, "name") : null,
            Email = ShopJson.Text(item, "email"),
            Phone = ShopJson.Text(item, "phone") ?? AddressText(address, "phone"),
            Street = AddressText(address, "address1"),
            City = AddressText(address, "city"),
            Postcode = AddressText(address, "zip"),
            Country = AddressText(address, "country_code")?.ToUpperInvariant() ?? defaultCountry,
            Company = AddressText(address, "company"),
            // Shops set the Multipass identifier to the customer's id in their own systems: the cross-system id.
            ExternalId = ShopJson.Text(item, "multipass_identifier"),
            Attributes = Attributes(item),
            UpdatedAt = ShopJson.Timestamp(item, "updated_at", ref warnings),
            Warnings = warnings ?? [],
            Position = position,
            RawPayload = item.GetRawText(),
        };
    }

    private static string? AddressText(JsonElement? address, string name) => address is { } value ? ShopJson.Text(value, name) : null;

    private static Dictionary<string, string> Attributes(JsonElement item)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in AttributeFields)
        {
            if (ShopJson.Text(item, field) is { } value) attributes[field] = value;
        }

        return attributes;
    }
}
