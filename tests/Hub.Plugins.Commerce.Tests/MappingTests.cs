using Hub.Contracts;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

public sealed class MappingTests
{
    private static async Task<List<SourceRecord>> ReadAsync(FakeShopData data, FakeShopOptions? options = null, params (string, string)[] settings)
    {
        await using var shop = await FakeShop.StartAsync(data, options, TestContext.Current.CancellationToken);
        return await Sync.ReadRecordsAsync(Sync.Context(shop, null, settings));
    }

    [Fact]
    public async Task A_customer_arrives_with_name_contact_address_and_the_shops_own_fields_as_attributes()
    {
        var data = new FakeShopData();
        data.AddCustomer(new FakeShopCustomer
        {
            Id = 207119551,
            Email = "Bob.Norman@Mail.Example.com",
            FirstName = "Bob",
            LastName = "Norman",
            Phone = "+16136120707",
            Tags = "vip, newsletter",
            MultipassIdentifier = "M-0042",
            DefaultAddress = new FakeShopAddress { Address1 = "Chestnut Street 92", City = "Louisville", Zip = "40202", CountryCode = "us", Company = "Acme" },
            UpdatedAt = new DateTimeOffset(2024, 5, 1, 17, 30, 0, TimeSpan.FromHours(8)),
        });
        data.AddOrder(Some.Order(1, 207119551, Some.T0, total: "199.90"));
        data.AddOrder(Some.Order(2, 207119551, Some.T0, total: "0.10"));

        var records = await ReadAsync(data, new FakeShopOptions { UtcOffset = TimeSpan.FromHours(-4) });

        var customer = Assert.Single(records.OfType<CustomerRecord>());
        Assert.Equal("207119551", customer.SourceId);
        Assert.Equal(("Bob", "Norman"), (customer.GivenName, customer.FamilyName));
        Assert.Equal(("Bob.Norman@Mail.Example.com", "+16136120707"), (customer.Email, customer.Phone));
        Assert.Equal(("Chestnut Street 92", "Louisville", "40202", "US"), (customer.Street, customer.City, customer.Postcode, customer.Country));
        Assert.Equal(("Acme", "M-0042"), (customer.Company, customer.ExternalId));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero), customer.UpdatedAt);
        Assert.Equal("vip, newsletter", customer.Attributes["tags"]);
        Assert.Equal("2", customer.Attributes["orders_count"]);
        Assert.Equal("200.00", customer.Attributes["total_spent"]);
        Assert.Equal("enabled", customer.Attributes["state"]);
        Assert.Equal("true", customer.Attributes["verified_email"]);
    }

    [Fact]
    public async Task An_order_keeps_its_amount_currency_time_and_line_items_with_a_variant_standing_in_for_a_missing_sku()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(7, Some.T0));
        data.AddOrder(Some.Order(450789469, 7, Some.T0) with
        {
            TotalPrice = "598.94",
            Currency = "usd",
            ProcessedAt = "2024-04-02T09:15:00-04:00",
            FinancialStatus = "partially_refunded",
            Name = "#1001",
            LineItems =
            [
                new FakeShopLineItem { Sku = "IPOD2008GREEN", Title = "IPod Nano", Quantity = 2, Price = "199.00" },
                new FakeShopLineItem { Sku = "", VariantId = 39072856, ProductId = 632910392, Title = "Strap", Quantity = 1, Price = "200.94" },
                new FakeShopLineItem { ProductId = 632910393, Title = "Engraving", Quantity = 1, Price = "0.00" },
            ],
        });

        var order = Assert.Single((await ReadAsync(data)).OfType<OrderRecord>());

        Assert.Equal(("450789469", "7"), (order.OrderId, order.CustomerSourceId));
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 13, 15, 0, TimeSpan.Zero), order.OrderedAt);
        Assert.Equal((598.94m, "USD"), (order.Amount, order.Currency));
        Assert.Equal(
            [new OrderLine("IPOD2008GREEN", 2, 199.00m), new OrderLine("variant:39072856", 1, 200.94m), new OrderLine("product:632910393", 1, 0m)],
            order.Lines);
        Assert.Equal("partially_refunded", order.Attributes["financial_status"]);
        Assert.Equal("#1001", order.Attributes["name"]);
    }

    [Fact]
    public async Task A_guest_checkout_is_attached_to_a_customer_made_from_its_email_and_latest_billing_address()
    {
        var data = new FakeShopData();
        var billing = new FakeShopAddress { FirstName = "Mei", LastName = "Wang", Address1 = "88 Nanjing Rd", City = "Shanghai", CountryCode = "CN" };
        data.AddOrder(Some.Order(5001, customerId: null, Some.T0) with { Email = "Guest.Buyer@Example.com", BillingAddress = billing });
        data.AddOrder(Some.Order(5002, customerId: null, Some.T0.AddHours(1)) with
        {
            Email = "guest.buyer@example.com",
            BillingAddress = billing with { Address1 = "1 West Lake Rd", City = "Hangzhou" },
        });

        var records = await ReadAsync(data);

        var guest = Assert.Single(records.OfType<CustomerRecord>());
        Assert.Equal("guest:guest.buyer@example.com", guest.SourceId);
        Assert.Equal(("Mei", "Wang", "Hangzhou", "CN"), (guest.GivenName, guest.FamilyName, guest.City, guest.Country));
        Assert.All(records.OfType<OrderRecord>(), order => Assert.Equal(guest.SourceId, order.CustomerSourceId));
        Assert.Equal(2, records.OfType<OrderRecord>().Count());
    }

    [Fact]
    public async Task Orders_of_every_status_are_read_closed_and_cancelled_ones_included()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(1, Some.T0));
        data.AddOrder(Some.Order(11, 1, Some.T0));
        data.AddOrder(Some.Order(12, 1, Some.T0) with { ClosedAt = Some.T0 });
        data.AddOrder(Some.Order(13, 1, Some.T0) with { CancelledAt = Some.T0.AddHours(2) });

        var orders = (await ReadAsync(data)).OfType<OrderRecord>().ToList();

        Assert.Equal(["11", "12", "13"], orders.Select(o => o.OrderId).Order());
        Assert.Equal("2024-03-01T12:00:00+00:00", orders.Single(o => o.OrderId == "13").Attributes["cancelled_at"]);
    }

    [Fact]
    public async Task Amounts_are_exact_decimals_even_beyond_what_a_double_can_hold()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(1, Some.T0));
        data.AddOrder(Some.Order(21, 1, Some.T0) with
        {
            TotalPrice = "9007199254740993.31",
            LineItems =
            [
                new FakeShopLineItem { Sku = "A", Quantity = 3, Price = "0.10" },
                new FakeShopLineItem { Sku = "B", Quantity = 1, Price = "9007199254740993.01" },
            ],
        });

        var order = Assert.Single((await ReadAsync(data)).OfType<OrderRecord>());

        Assert.Equal(9007199254740993.31m, order.Amount);
        Assert.Equal("9007199254740993.31", order.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(order.Amount, order.Lines.Sum(l => l.Quantity * l.UnitPrice));
    }

    [Fact]
    public async Task A_customer_whose_address_has_no_country_gets_the_default_country()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(1, Some.T0) with { DefaultAddress = new FakeShopAddress { City = "Hangzhou" } });
        data.AddCustomer(Some.Customer(2, Some.T0) with { DefaultAddress = new FakeShopAddress { CountryCode = "DE" } });

        var customers = (await ReadAsync(data, null, ("defaultCountry", "cn"))).OfType<CustomerRecord>().ToList();

        Assert.Equal(["CN", "DE"], customers.OrderBy(c => c.SourceId).Select(c => c.Country));
    }
}
