using System.Text.Json;
using Hub.Contracts;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

public sealed class RejectionTests
{
    private static async Task<List<RecordBatch>> ReadAsync(FakeShopData data)
    {
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        return await Sync.ReadBatchesAsync(Sync.Context(shop));
    }

    private static MappedPage Page(string stream, string itemsJson)
    {
        using var json = JsonDocument.Parse($$"""{"{{stream}}": {{itemsJson}}}""");
        return PageMapper.Map(stream == "orders" ? ShopStream.Orders : ShopStream.Customers, json.RootElement, 1, null);
    }

    [Fact]
    public async Task An_order_whose_total_is_not_a_number_is_rejected_with_its_json_while_the_rest_of_the_page_arrives()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(1, Some.T0));
        data.AddOrder(Some.Order(31, 1, Some.T0));
        data.AddOrder(Some.Order(32, 1, Some.T0.AddMinutes(1), total: "n/a"));
        data.AddOrder(Some.Order(33, 1, Some.T0.AddMinutes(2)));

        var batches = await ReadAsync(data);

        Assert.Equal(["31", "33"], Sync.OrderIds(batches));
        var rejected = Assert.Single(batches.SelectMany(b => b.Rejected));
        Assert.Equal("orders", rejected.Stream);
        Assert.Equal("total_price 'n/a' is not a number", rejected.Reason);
        Assert.Equal("orders.json page 1 item 2 (id 32)", rejected.Position);
        using var raw = JsonDocument.Parse(rejected.RawPayload);
        Assert.Equal(32, raw.RootElement.GetProperty("id").GetInt64());
        Assert.Equal("n/a", raw.RootElement.GetProperty("total_price").GetString());
    }

    [Fact]
    public async Task An_order_placed_on_an_impossible_date_is_rejected_naming_the_date()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(1, Some.T0));
        data.AddOrder(Some.Order(41, 1, Some.T0) with { ProcessedAt = "2025-02-30T10:15:00Z" });

        var rejected = Assert.Single((await ReadAsync(data)).SelectMany(b => b.Rejected));

        Assert.Equal("processed_at '2025-02-30T10:15:00Z' is not a valid date", rejected.Reason);
    }

    [Fact]
    public void Items_without_an_id_are_rejected_and_the_others_kept()
    {
        var orders = Page("orders", """
            [{"total_price": "5.00", "currency": "EUR", "created_at": "2024-01-01T00:00:00Z", "email": "a@example.com"},
             {"id": 7, "total_price": 12.5, "currency": "EUR", "created_at": "2024-01-01T00:00:00Z", "customer": {"id": 3}}]
            """);
        var customers = Page("customers", """[{"email": "x@example.com"}, {"id": "42", "email": "y@example.com"}]""");

        Assert.Equal("the order has no id", Assert.Single(orders.Rejected).Reason);
        var order = Assert.IsType<OrderRecord>(Assert.Single(orders.Records));
        Assert.Equal(("7", "3", 12.5m), (order.OrderId, order.CustomerSourceId, order.Amount));
        Assert.Equal("the customer has no id", Assert.Single(customers.Rejected).Reason);
        Assert.Equal("42", Assert.IsType<CustomerRecord>(Assert.Single(customers.Records)).SourceId);
    }

    [Fact]
    public void An_order_with_neither_a_customer_nor_an_email_is_rejected_as_unattachable()
    {
        var page = Page("orders", """[{"id": 8, "total_price": "1.00", "currency": "EUR", "created_at": "2024-01-01T00:00:00Z"}]""");

        Assert.Equal("the order has no customer and no e-mail, so it cannot be attached to anyone", Assert.Single(page.Rejected).Reason);
    }

    [Fact]
    public async Task A_line_item_without_a_usable_price_empties_the_lines_with_a_warning_but_keeps_the_order()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(1, Some.T0));
        data.AddOrder(Some.Order(51, 1, Some.T0) with { LineItems = [new FakeShopLineItem { Sku = "X", Price = "free" }] });

        var order = Assert.Single((await ReadAsync(data)).SelectMany(b => b.Records).OfType<OrderRecord>());

        Assert.Empty(order.Lines);
        Assert.Equal(10.00m, order.Amount);
        Assert.Equal(["line_items[0] has no usable quantity and price; the order's lines were left empty"], order.Warnings);
    }
}
