using System.Globalization;

namespace Hub.SampleData.Tests;

public sealed class OrderTests(SampleDataFixture data) : IClassFixture<SampleDataFixture>
{
    [Fact]
    public void Orders_belong_to_shop_customers_of_the_same_person()
    {
        var shopIds = data.CustomerRows.Where(r => r.Source == SampleSources.Shop).Select(r => r.Row["source_id"]).ToHashSet();
        var personOf = data.PersonOf();

        Assert.All(data.Orders, o => Assert.Contains(o["customer_source_id"], shopIds));
        Assert.All(data.People.SelectMany(p => p.Orders), o => Assert.Equal(personOf[(SampleSources.Shop, o.CustomerSourceId)], o.Person));
    }

    [Fact]
    public void Order_ids_are_unique()
    {
        Assert.Equal(data.Orders.Count, data.Orders.Select(o => o["order_id"]).Distinct().Count());
    }

    [Fact]
    public void Clean_orders_have_an_iso_timestamp_in_range_and_an_amount_with_two_decimals()
    {
        var dirty = data.Files.DirtyRows.Where(d => d.Stream == SampleSources.OrdersStream).Select(d => d.RecordId).ToHashSet();
        var options = data.Generator.Options;
        var clean = data.Orders.Where(o => !dirty.Contains(o["order_id"])).ToList();

        Assert.Equal(data.Orders.Count - 2, clean.Count);
        Assert.All(clean, o =>
        {
            var at = DateTimeOffset.ParseExact(o["ordered_at"], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            Assert.InRange(DateOnly.FromDateTime(at.UtcDateTime), options.Start, options.End);
            Assert.Matches(@"^\d+\.\d{2}$", o["amount"]);
            Assert.True(decimal.Parse(o["amount"], CultureInfo.InvariantCulture) > 0);
        });
    }

    [Fact]
    public void Orders_of_one_account_come_oldest_first()
    {
        foreach (var account in data.People.SelectMany(p => p.Orders).Where(o => o.Problem is null).GroupBy(o => o.CustomerSourceId))
        {
            var times = account.Select(o => o.OrderedAt).ToList();
            Assert.Equal(times.Order(StringComparer.Ordinal), times);
        }
    }
}
