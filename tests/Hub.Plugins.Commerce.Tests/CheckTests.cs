using System.Net;
using System.Net.Sockets;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

public sealed class CheckTests
{
    [Fact]
    public async Task Check_names_the_shop_it_reached_and_says_customers_and_orders_can_be_read()
    {
        await using var shop = await FakeShop.StartAsync(null, new FakeShopOptions { Name = "Tea House" }, TestContext.Current.CancellationToken);

        var result = await Sync.CheckAsync(Sync.Context(shop));

        Assert.True(result.Ok);
        Assert.Equal($"connected to Tea House ({shop.BaseAddress.Authority}) with Admin API 2024-10; customers and orders can be read", result.Message);
    }

    [Fact]
    public async Task Check_with_a_wrong_token_says_it_was_refused_and_which_token_to_create()
    {
        await using var shop = await FakeShop.StartAsync(null, null, TestContext.Current.CancellationToken);

        var result = await Sync.CheckAsync(Sync.Context(shop, null, ("accessToken", "shpat_wrong")));

        Assert.False(result.Ok);
        Assert.Equal("the access token was refused (401 Unauthorized: [API] Invalid API key or access token (unrecognized login or wrong password)); "
            + "create an Admin API access token with read_customers and read_orders", result.Message);
    }

    [Fact]
    public async Task Check_of_an_address_where_nothing_listens_names_the_address()
    {
        var url = $"http://127.0.0.1:{FreePort()}/";
        await using var shop = await FakeShop.StartAsync(null, null, TestContext.Current.CancellationToken);

        var result = await Sync.CheckAsync(Sync.Context(shop, null, ("baseUrl", url)));

        Assert.False(result.Ok);
        Assert.StartsWith($"cannot connect to {url} (", result.Message);
        Assert.EndsWith("check baseUrl and that the shop can be reached from this machine", result.Message);
    }

    [Fact]
    public async Task Check_of_an_address_that_is_not_an_admin_api_says_to_check_base_url_and_api_version()
    {
        await using var shop = await FakeShop.StartAsync(null, null, TestContext.Current.CancellationToken);

        var result = await Sync.CheckAsync(Sync.Context(shop, null, ("baseUrl", new Uri(shop.BaseAddress, "store/").ToString())));

        Assert.False(result.Ok);
        Assert.Contains("was not found (404 Not Found: Not Found); check baseUrl", result.Message);
        Assert.Contains("and apiVersion (2024-10)", result.Message);
    }

    [Theory]
    [InlineData("pageSize", "500", "setting 'pageSize' must be between 1 and 250, not 500")]
    [InlineData("apiVersion", "v2", "setting 'apiVersion' must look like 2024-10 (or be 'unstable'), not 'v2'")]
    [InlineData("baseUrl", "shop.example.com", "setting 'baseUrl' must be an http(s) address such as https://example.myshopify.com, not 'shop.example.com'")]
    [InlineData("defaultCountry", "China", "setting 'defaultCountry' must be a two-letter country code such as US or CN, not 'China'")]
    public async Task Check_refuses_a_malformed_setting_naming_it(string name, string value, string message)
    {
        await using var shop = await FakeShop.StartAsync(null, null, TestContext.Current.CancellationToken);

        var result = await Sync.CheckAsync(Sync.Context(shop, null, (name, value)));

        Assert.False(result.Ok);
        Assert.Equal(message, result.Message);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
