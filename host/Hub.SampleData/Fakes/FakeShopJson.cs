using System.Globalization;
using System.Text.Json;

namespace Hub.SampleData.Fakes;

/// <summary>
/// Writes the Admin REST API's documented shapes: snake_case names, ids as numbers, money as decimal strings,
/// timestamps in the shop's local time with their offset (<c>2024-05-01T09:30:00-04:00</c>).
/// </summary>
internal sealed class FakeShopJson(FakeShopOptions options, IReadOnlyList<FakeShopCustomer> customers, IReadOnlyList<FakeShopOrder> orders)
{
    private readonly Dictionary<long, FakeShopCustomer> _customers = customers.ToDictionary(c => c.Id);
    private readonly Dictionary<long, Totals> _totals = TotalsOf(orders);

    public static void WriteShop(Utf8JsonWriter json, FakeShopOptions options, Uri baseAddress)
    {
        json.WriteStartObject();
        json.WriteStartObject("shop");
        json.WriteNumber("id", 1);
        json.WriteString("name", options.Name);
        json.WriteString("email", "owner@" + baseAddress.Host);
        json.WriteString("domain", baseAddress.Authority);
        json.WriteString("myshopify_domain", baseAddress.Authority);
        json.WriteString("currency", options.Currency);
        json.WriteString("timezone", $"(GMT{Offset(options.UtcOffset)}) Local");
        json.WriteString("plan_name", "development");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public void WriteCustomer(Utf8JsonWriter json, FakeShopCustomer customer)
    {
        _totals.TryGetValue(customer.Id, out var totals);
        json.WriteStartObject();
        WriteCustomerFields(json, customer);
        json.WriteNumber("orders_count", totals?.Count ?? 0);
        json.WriteString("total_spent", (totals?.Spent ?? 0m).ToString("0.00", CultureInfo.InvariantCulture));
        if (totals?.Last is { } last) json.WriteNumber("last_order_id", last.Id);
        else json.WriteNull("last_order_id");
        json.WriteString("last_order_name", totals?.Last is { } named ? NameOf(named) : null);
        json.WriteString("note", customer.Note);
        json.WriteBoolean("verified_email", customer.VerifiedEmail);
        json.WriteString("multipass_identifier", customer.MultipassIdentifier);
        json.WriteBoolean("tax_exempt", false);
        json.WriteStartArray("addresses");
        if (customer.DefaultAddress is { } address) WriteAddress(json, null, address, customer, isDefault: true);
        json.WriteEndArray();
        if (customer.DefaultAddress is { } @default) WriteAddress(json, "default_address", @default, customer, isDefault: true);
        json.WriteEndObject();
    }

    public void WriteOrder(Utf8JsonWriter json, FakeShopOrder order)
    {
        json.WriteStartObject();
        json.WriteNumber("id", order.Id);
        json.WriteString("admin_graphql_api_id", $"gid://shopify/Order/{order.Id}");
        json.WriteString("name", NameOf(order));
        json.WriteString("email", order.Email);
        json.WriteString("contact_email", order.Email);
        json.WriteString("phone", order.Phone);
        json.WriteString("created_at", Time(order.CreatedAt));
        json.WriteString("updated_at", Time(order.UpdatedAt));
        json.WriteString("processed_at", order.ProcessedAt ?? Time(order.CreatedAt));
        json.WriteString("closed_at", Time(order.ClosedAt));
        json.WriteString("cancelled_at", Time(order.CancelledAt));
        json.WriteString("currency", order.Currency);
        json.WriteString("total_price", order.TotalPrice);
        json.WriteString("subtotal_price", order.TotalPrice);
        json.WriteString("total_tax", "0.00");
        json.WriteString("financial_status", order.FinancialStatus);
        json.WriteString("fulfillment_status", order.FulfillmentStatus);
        json.WriteStartArray("line_items");
        var line = 0;
        foreach (var item in order.LineItems) WriteLineItem(json, order.Id * 1000 + ++line, item);
        json.WriteEndArray();
        if (order.BillingAddress is { } billing) WriteAddress(json, "billing_address", billing, null, isDefault: false);
        // A guest checkout has no customer; an order of a deleted customer loses it too.
        if (order.CustomerId is { } id && _customers.TryGetValue(id, out var customer))
        {
            json.WriteStartObject("customer");
            WriteCustomerFields(json, customer);
            if (customer.DefaultAddress is { } address) WriteAddress(json, "default_address", address, customer, isDefault: true);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteCustomerFields(Utf8JsonWriter json, FakeShopCustomer customer)
    {
        json.WriteNumber("id", customer.Id);
        json.WriteString("admin_graphql_api_id", $"gid://shopify/Customer/{customer.Id}");
        json.WriteString("email", customer.Email);
        json.WriteString("created_at", Time(customer.CreatedAt));
        json.WriteString("updated_at", Time(customer.UpdatedAt));
        json.WriteString("first_name", customer.FirstName);
        json.WriteString("last_name", customer.LastName);
        json.WriteString("state", customer.State);
        json.WriteString("tags", customer.Tags);
        json.WriteString("currency", customer.Currency);
        json.WriteString("phone", customer.Phone);
    }

    private static void WriteLineItem(Utf8JsonWriter json, long id, FakeShopLineItem item)
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        if (item.VariantId is { } variant) json.WriteNumber("variant_id", variant);
        else json.WriteNull("variant_id");
        if (item.ProductId is { } product) json.WriteNumber("product_id", product);
        else json.WriteNull("product_id");
        json.WriteString("title", item.Title);
        json.WriteString("name", item.Title);
        json.WriteString("sku", item.Sku ?? "");
        json.WriteNumber("quantity", item.Quantity);
        json.WriteString("price", item.Price);
        json.WriteEndObject();
    }

    private static void WriteAddress(Utf8JsonWriter json, string? property, FakeShopAddress address, FakeShopCustomer? customer, bool isDefault)
    {
        if (property is null) json.WriteStartObject();
        else json.WriteStartObject(property);
        if (customer is not null)
        {
            json.WriteNumber("id", customer.Id);
            json.WriteNumber("customer_id", customer.Id);
        }

        var joined = string.Join(' ', new[] { address.FirstName, address.LastName }.Where(n => !string.IsNullOrEmpty(n)));
        json.WriteString("first_name", address.FirstName);
        json.WriteString("last_name", address.LastName);
        json.WriteString("name", address.Name ?? joined);
        json.WriteString("company", address.Company);
        json.WriteString("address1", address.Address1);
        json.WriteString("address2", address.Address2);
        json.WriteString("city", address.City);
        json.WriteString("province", address.Province);
        json.WriteString("zip", address.Zip);
        json.WriteString("country_code", address.CountryCode);
        json.WriteString("phone", address.Phone);
        if (customer is not null) json.WriteBoolean("default", isDefault);
        json.WriteEndObject();
    }

    private static string NameOf(FakeShopOrder order) => order.Name ?? "#" + order.Id.ToString(CultureInfo.InvariantCulture);

    private string? Time(DateTimeOffset? value) =>
        value?.ToOffset(options.UtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    // Shopify derives these from the orders; a total it cannot read counts as nothing spent.
    private static Dictionary<long, Totals> TotalsOf(IReadOnlyList<FakeShopOrder> orders)
    {
        var totals = new Dictionary<long, Totals>();
        foreach (var order in orders)
        {
            if (order.CustomerId is not { } id || order.CancelledAt is not null) continue;
            var spent = decimal.TryParse(order.TotalPrice, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : 0m;
            totals[id] = totals.TryGetValue(id, out var t)
                ? new Totals(t.Count + 1, t.Spent + spent, order.CreatedAt >= t.Last.CreatedAt ? order : t.Last)
                : new Totals(1, spent, order);
        }

        return totals;
    }

    private sealed record Totals(int Count, decimal Spent, FakeShopOrder Last);
}
