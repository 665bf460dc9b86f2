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

    [Fact]
    public void Orders_grow_over_the_years_and_peak_before_christmas_so_demand_has_trend_and_season()
    {
        var days = data.People.SelectMany(p => p.Orders).Where(o => o.Problem is null)
            .Select(o => DateOnly.ParseExact(o.OrderedAt[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        int Count(Func<DateOnly, bool> when) => days.Count(when);

        var firstYear = Count(d => d.Year == 2023);
        var lastYear = Count(d => d.Year == 2025);
        Assert.True(lastYear > firstYear * 1.15, $"orders should grow: {firstYear} in 2023, {lastYear} in 2025");
        var peak = Count(d => d.Month is 11 or 12);
        var lull = Count(d => d.Month is 2 or 3);
        Assert.True(peak > lull * 1.6, $"November-December should be busier than February-March: {peak} vs {lull}");
    }
}
