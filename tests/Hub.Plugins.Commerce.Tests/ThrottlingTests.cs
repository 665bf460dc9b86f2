namespace Hub.Plugins.Commerce.Tests;

public sealed class ThrottlingTests
{
    [Fact]
    public async Task A_shop_answering_429_with_retry_after_is_waited_out_and_the_sync_completes()
    {
        await using var shop = await Some.ShopAsync(customers: 5, orders: 2);
        var context = Sync.Context(shop, null, ("pageSize", "2"));
        shop.ThrottleNextRequests(2);

        var batches = await Sync.ReadBatchesAsync(context);

        Assert.Equal(["1", "2", "3", "4", "5"], Sync.CustomerIds(batches));
        Assert.Equal(["1001", "1002"], Sync.OrderIds(batches));
        // Three pages of customers and one of orders, plus the two refused attempts.
        Assert.Equal(6, shop.Requests.Count);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_hosts_retries_is_still_waited_out()
    {
        using var host = new HostHttp(retries: 1);
        await using var shop = await Some.ShopAsync(customers: 3);
        shop.ThrottleNextRequests(5);

        var batches = await Sync.ReadBatchesAsync(Sync.Context(shop, host.Client));

        Assert.Equal(["1", "2", "3"], Sync.CustomerIds(batches));
    }

    [Fact]
    public async Task A_passing_outage_is_retried_by_the_hosts_resilience_handler()
    {
        using var host = new HostHttp();
        await using var shop = await Some.ShopAsync(customers: 3, orders: 1);
        shop.FailNextRequests(1);

        var batches = await Sync.ReadBatchesAsync(Sync.Context(shop, host.Client));

        Assert.Equal(["1", "2", "3"], Sync.CustomerIds(batches));
        Assert.Equal(["1001"], Sync.OrderIds(batches));
    }

    [Fact]
    public async Task A_standalone_run_without_the_hosts_client_rides_out_a_passing_outage_itself()
    {
        await using var shop = await Some.ShopAsync(customers: 2);
        shop.FailNextRequests(1);

        var batches = await Sync.ReadBatchesAsync(Sync.Context(shop));

        Assert.Equal(["1", "2"], Sync.CustomerIds(batches));
    }

    [Fact]
    public async Task A_shop_that_never_stops_throttling_fails_the_sync_saying_it_resumes_from_the_last_stored_page()
    {
        await using var shop = await Some.ShopAsync(customers: 2);
        shop.ThrottleNextRequests(100, TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Sync.ReadBatchesAsync(Sync.Context(shop)));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Contains("kept answering 429 Too Many Requests", error.Message);
        Assert.Contains("resumes from the last stored page", error.Message);
    }
}
