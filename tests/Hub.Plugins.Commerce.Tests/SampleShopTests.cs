using System.Globalization;
using Hub.Contracts;
using Hub.SampleData;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.Commerce.Tests;

public sealed class SampleShopTests
{
    [Fact]
    public async Task The_sample_shop_serves_every_shop_account_and_order_of_the_generator_and_the_dirty_orders_are_rejected()
    {
        var generator = new SampleDataGenerator(new SampleDataOptions(Customers: 80));
        var people = generator.People().ToList();
        var accounts = people.SelectMany(p => p.Records).Where(r => r.Source == SampleSources.Shop).Select(r => r.SourceId).Order().ToList();
        var orders = people.SelectMany(p => p.Orders).ToList();
        await using var shop = await FakeShop.StartAsync(FakeShopData.FromSample(generator), null, TestContext.Current.CancellationToken);

        var batches = await Sync.ReadBatchesAsync(Sync.Context(shop, null, ("pageSize", "50")));

        Assert.Equal(accounts, Sync.CustomerIds(batches).Order());
        var read = batches.SelectMany(b => b.Records).OfType<OrderRecord>().ToList();
        Assert.Equal(orders.Where(o => o.Problem is null).Select(o => o.OrderId).Order(), read.Select(o => o.Attributes["name"]).Order());
        var clean = orders.Where(o => o.Problem is null).ToDictionary(o => o.OrderId);
        Assert.All(read, o => Assert.Equal(decimal.Parse(clean[o.Attributes["name"]].Amount, CultureInfo.InvariantCulture), o.Amount));
        Assert.Equal(orders.Count(o => o.Problem is not null), batches.Sum(b => b.Rejected.Count));
    }
}
