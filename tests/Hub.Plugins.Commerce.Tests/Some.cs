using System.Globalization;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

/// <summary>Tiny factories for shop data.</summary>
public static class Some
{
    /// <summary>An instant well before any test runs, so a test's own changes always come later.</summary>
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static FakeShopCustomer Customer(long id, DateTimeOffset updatedAt) => new()
    {
        Id = id,
        Email = $"customer{id}@example.com",
        FirstName = "First" + id.ToString(CultureInfo.InvariantCulture),
        LastName = "Last",
        CreatedAt = T0,
        UpdatedAt = updatedAt,
    };

    public static FakeShopOrder Order(long id, long? customerId, DateTimeOffset updatedAt, string total = "10.00") => new()
    {
        Id = id,
        CustomerId = customerId,
        Email = customerId is null ? "guest@example.com" : $"customer{customerId}@example.com",
        Currency = "EUR",
        TotalPrice = total,
        LineItems = [new FakeShopLineItem { Sku = "SKU-1", Title = "Tea", Quantity = 1, Price = total }],
        CreatedAt = T0,
        UpdatedAt = updatedAt,
    };

    /// <summary>A shop whose customers 1..count were updated an hour apart, starting at <see cref="T0"/>.</summary>
    public static async Task<FakeShop> ShopAsync(int customers, int orders = 0, FakeShopOptions? options = null)
    {
        var data = new FakeShopData();
        for (var i = 1; i <= customers; i++) data.AddCustomer(Customer(i, T0.AddHours(i)));
        for (var i = 1; i <= orders; i++) data.AddOrder(Order(1000 + i, 1 + (i - 1) % Math.Max(1, customers), T0.AddHours(i).AddMinutes(30)));
        return await FakeShop.StartAsync(data, options, TestContext.Current.CancellationToken);
    }
}
