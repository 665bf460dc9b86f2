using Hub.Contracts;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

public sealed class PaginationTests
{
    private static IEnumerable<string> Range(int from, int count) => Enumerable.Range(from, count).Select(i => i.ToString());

    [Fact]
    public async Task Seven_customers_in_pages_of_two_arrive_once_each_one_batch_per_page()
    {
        await using var shop = await Some.ShopAsync(customers: 7);

        var batches = await Sync.ReadBatchesAsync(Sync.Context(shop, null, ("pageSize", "2")));

        Assert.Equal([2, 2, 2, 1], batches.Select(b => b.Records.Count));
        Assert.Equal(Range(1, 7), Sync.CustomerIds(batches));
    }

    [Fact]
    public async Task Pages_after_the_first_follow_the_link_header_with_nothing_but_limit_and_page_info()
    {
        await using var shop = await Some.ShopAsync(customers: 5, orders: 3);

        await Sync.ReadBatchesAsync(Sync.Context(shop, null, ("pageSize", "2")));

        var customers = shop.Requests.Where(r => r.Contains("/customers.json")).ToList();
        Assert.Equal(3, customers.Count);
        Assert.Equal("/admin/api/2024-10/customers.json?limit=2&order=updated_at%20asc", customers[0]);
        Assert.All(customers.Skip(1), r => Assert.Matches(@"^/admin/api/2024-10/customers\.json\?limit=2&page_info=[\w-]+$", r));
        Assert.Equal("/admin/api/2024-10/orders.json?limit=2&order=updated_at%20asc&status=any", shop.Requests.First(r => r.Contains("/orders.json")));
    }

    [Fact]
    public async Task Resuming_after_a_page_whose_last_change_time_continues_on_the_next_page_loses_none_of_those_records()
    {
        var data = new FakeShopData();
        var same = Some.T0.AddHours(2);
        data.AddCustomer(Some.Customer(1, Some.T0));
        foreach (var id in new[] { 2, 3, 4 }) data.AddCustomer(Some.Customer(id, same));
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        var context = Sync.Context(shop, null, ("pageSize", "2"), ("lookbackMinutes", "0"));

        var first = (await Sync.ReadBatchesAsync(context))[0];
        var resumed = await Sync.ReadBatchesAsync(context, first.Checkpoint);

        Assert.Equal(["1", "2"], Sync.CustomerIds([first]));
        // The checkpoint knows customer 2 was stored, so it is not read again; 3 and 4, stamped the same second, are not skipped.
        Assert.Equal(["3", "4"], Sync.CustomerIds(resumed));
    }

    [Fact]
    public async Task Resuming_from_any_batch_checkpoint_misses_no_customer_or_order()
    {
        var data = new FakeShopData();
        for (var i = 1; i <= 9; i++) data.AddCustomer(Some.Customer(i, Some.T0.AddMinutes(i / 3)));
        for (var i = 1; i <= 6; i++) data.AddOrder(Some.Order(100 + i, i, Some.T0.AddMinutes(i / 2)));
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        var context = Sync.Context(shop, null, ("pageSize", "2"), ("lookbackMinutes", "0"));

        var all = await Sync.ReadBatchesAsync(context);
        foreach (var (batch, index) in all.Select((b, i) => (b, i)))
        {
            var resumed = await Sync.ReadBatchesAsync(context, batch.Checkpoint);
            var stored = all.Take(index + 1).ToList();
            Assert.Equal(Range(1, 9), Sync.CustomerIds(stored).Union(Sync.CustomerIds(resumed)).Order());
            Assert.Equal(Range(101, 6), Sync.OrderIds(stored).Union(Sync.OrderIds(resumed)).Order());
        }

        Assert.Equal(9, Sync.CustomerIds(all).Count());
        Assert.Equal(6, Sync.OrderIds(all).Count());
    }

    [Fact]
    public async Task A_shop_that_ignores_the_sort_order_still_loses_nothing_when_a_sync_is_resumed()
    {
        var data = new FakeShopData();
        foreach (var (id, hours) in new[] { (1, 5), (2, 1), (3, 4), (4, 2), (5, 3) }) data.AddCustomer(Some.Customer(id, Some.T0.AddHours(hours)));
        await using var shop = await FakeShop.StartAsync(data, null, TestContext.Current.CancellationToken);
        using var http = new HttpClient(new SortIgnoringHandler());
        var context = Sync.Context(shop, http, ("pageSize", "2"), ("lookbackMinutes", "0"));

        var all = await Sync.ReadBatchesAsync(context);
        var resumed = await Sync.ReadBatchesAsync(context, all[0].Checkpoint);

        Assert.Equal(Range(1, 5), Sync.CustomerIds(all));
        Assert.Equal(Range(1, 5), Sync.CustomerIds([all[0]]).Union(Sync.CustomerIds(resumed)).Order());
        // Once the stream has been read to its end, the checkpoint does move on: past customer 1, the latest change.
        Assert.Empty(Sync.CustomerIds(await Sync.ReadBatchesAsync(context, all[^1].Checkpoint)));
    }
}
