using System.Net;
using System.Text.Json;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

/// <summary>The local shop answers as Shopify does, so the plugin is tested against the real protocol's rules.</summary>
public sealed class FakeShopTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(FakeShop shop, string path, string? token)
    {
        using var http = new HttpClient { BaseAddress = shop.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Add("X-Shopify-Access-Token", token);
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        return (response.StatusCode, body, response);
    }

    [Fact]
    public async Task A_request_without_the_access_token_is_refused_with_401()
    {
        await using var shop = await Some.ShopAsync(customers: 1);

        var (status, body, _) = await GetAsync(shop, "admin/api/2024-10/customers.json", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("[API] Invalid API key or access token", body.GetProperty("errors").GetString());
    }

    [Fact]
    public async Task A_page_info_request_with_another_filter_is_refused_as_shopify_refuses_it()
    {
        await using var shop = await Some.ShopAsync(customers: 3);
        var (_, _, first) = await GetAsync(shop, "admin/api/2024-10/customers.json?limit=1", shop.AccessToken);
        var next = first.Headers.GetValues("Link").Single();
        var pageInfo = next[(next.IndexOf("page_info=", StringComparison.Ordinal) + 10)..next.IndexOf('>')];

        var (status, body, _) = await GetAsync(shop, $"admin/api/2024-10/customers.json?page_info={pageInfo}&updated_at_min=2024-01-01", shop.AccessToken);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("updated_at_min cannot be passed when page_info is present.", body.GetProperty("errors").GetProperty("updated_at_min").GetString());
    }

    [Fact]
    public async Task Orders_are_open_ones_only_unless_status_any_is_asked_for()
    {
        var data = new FakeShopData();
        data.AddOrder(Some.Order(1, null, Some.T0));
        data.AddOrder(Some.Order(2, null, Some.T0) with { ClosedAt = Some.T0 });
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);

        var (_, open, _) = await GetAsync(shop, "admin/api/2024-10/orders.json", shop.AccessToken);
        var (_, any, _) = await GetAsync(shop, "admin/api/2024-10/orders.json?status=any", shop.AccessToken);

        Assert.Equal(1, open.GetProperty("orders").GetArrayLength());
        Assert.Equal(2, any.GetProperty("orders").GetArrayLength());
    }

    [Fact]
    public async Task A_throttled_request_gets_429_with_a_fractional_retry_after_as_shopify_writes_it()
    {
        await using var shop = await Some.ShopAsync(customers: 1);
        shop.ThrottleNextRequests(1, TimeSpan.FromSeconds(2));

        var (status, _, response) = await GetAsync(shop, "admin/api/2024-10/customers.json", shop.AccessToken);
        var (after, _, _) = await GetAsync(shop, "admin/api/2024-10/customers.json", shop.AccessToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("2.0", response.Headers.NonValidated["Retry-After"].ToString());
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task Timestamps_are_written_in_the_shops_time_zone_and_filtered_as_instants()
    {
        var data = new FakeShopData();
        data.AddCustomer(Some.Customer(1, new DateTimeOffset(2024, 3, 1, 1, 0, 0, TimeSpan.Zero)));
        data.AddCustomer(Some.Customer(2, new DateTimeOffset(2024, 3, 1, 3, 0, 0, TimeSpan.Zero)));
        await using var shop = await FakeShop.StartAsync(data, new FakeShopOptions { UtcOffset = TimeSpan.FromHours(8) }, TestContext.Current.CancellationToken);

        var (_, body, _) = await GetAsync(shop, "admin/api/2024-10/customers.json?updated_at_min=2024-03-01T10%3A00%3A00%2B08%3A00", shop.AccessToken);

        var customer = Assert.Single(body.GetProperty("customers").EnumerateArray());
        Assert.Equal("2024-03-01T11:00:00+08:00", customer.GetProperty("updated_at").GetString());
    }
}
