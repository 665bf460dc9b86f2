using Hub.Contracts;

namespace Hub.SampleData.Tests;

public sealed class RealismTests(SampleDataFixture data) : IClassFixture<SampleDataFixture>
{
    [Fact]
    public void Chinese_customers_have_chinese_names_family_name_first()
    {
        var chinese = data.People.Where(p => p.Country == "CN" && p.Kind == CustomerKind.Person).ToList();

        Assert.True(chinese.Count > data.People.Count / 3, $"only {chinese.Count} Chinese persons");
        Assert.All(chinese, p =>
        {
            Assert.Equal(p.FamilyName + p.GivenName, p.FullName);
            Assert.All(p.FullName, c => Assert.InRange(c, '\u4e00', '\u9fff'));
        });
        Assert.Contains(data.CustomerRows, r => r.Source == SampleSources.Shop && r.Row["family_name"] == "王");
    }

    [Fact]
    public void Chinese_customers_live_in_chinese_cities_and_pay_in_yuan()
    {
        var chinese = data.People.Where(p => p.Country == "CN").ToList();

        Assert.Contains(chinese, p => p.City == "上海");
        Assert.Contains(chinese, p => p.City == "北京");
        Assert.All(chinese, p => Assert.Equal("CNY", p.Currency));
        Assert.All(chinese.SelectMany(p => p.Orders), o => Assert.Equal("CNY", o.Currency));
        Assert.All(chinese, p => Assert.StartsWith("+86", p.Phone, StringComparison.Ordinal));
    }

    [Fact]
    public void Other_customers_are_american_british_or_german_and_pay_in_their_currency()
    {
        var expected = new Dictionary<string, string> { ["US"] = "USD", ["GB"] = "GBP", ["DE"] = "EUR" };
        var others = data.People.Where(p => p.Country != "CN").ToList();

        Assert.Equal(["DE", "GB", "US"], others.Select(p => p.Country).Distinct().Order());
        Assert.All(others, p => Assert.Equal(expected[p.Country], p.Currency));
        Assert.All(others.SelectMany(p => p.Orders), o => Assert.Equal(expected[data.People[o.Person].Country], o.Currency));
    }

    [Fact]
    public void The_mix_has_persons_companies_and_a_few_channel_partners()
    {
        var kinds = data.People.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(kinds[CustomerKind.Person] > data.People.Count * 3 / 4);
        Assert.InRange(kinds[CustomerKind.Organization], 20, data.People.Count / 5);
        Assert.InRange(kinds[CustomerKind.ChannelPartner], 3, data.People.Count / 20);
        Assert.Contains(data.CustomerRows, r => r.Row["kind"] == "organization" && r.Row["company"].Length > 0);
        Assert.Contains(data.CustomerRows, r => r.Row["kind"] == "channel_partner");
    }

    [Fact]
    public void Some_people_use_one_channel_and_others_several()
    {
        var channels = data.People.Select(p => p.Records.Select(r => r.Source).Distinct().Count()).ToList();

        Assert.Contains(1, channels);
        Assert.Contains(2, channels);
        Assert.Contains(3, channels);
        Assert.Contains(data.People, p => p.Records.Count(r => r.Source == SampleSources.Shop) == 2);
        Assert.All(SampleSources.All, source => Assert.True(data.Files.Customers(source).Rows > 0, source));
    }

    [Fact]
    public void Each_channel_captures_what_it_really_knows()
    {
        var rows = data.CustomerRows.ToLookup(r => r.Source, r => r.Row);

        Assert.All(rows[SampleSources.CallCenter], r => Assert.NotEmpty(r["phone"]));
        Assert.All(rows[SampleSources.Shop], r => Assert.NotEmpty(r["email"]));
        Assert.All(rows[SampleSources.Mobile], r => Assert.True(r["email"].Length + r["phone"].Length > 0));
        Assert.All(rows[SampleSources.Mobile], r => Assert.StartsWith("u_", r["source_id"], StringComparison.Ordinal));
        Assert.All(rows[SampleSources.GitHub], r => Assert.Empty(r["phone"]));
        Assert.Contains(rows[SampleSources.GitHub], r => r["email"].Length == 0);
    }

    [Fact]
    public void A_fifth_of_the_buyers_bring_most_of_the_revenue()
    {
        var usdPer = new Dictionary<string, decimal> { ["USD"] = 1m, ["EUR"] = 1.08m, ["GBP"] = 1.27m, ["CNY"] = 0.139m };
        var revenue = data.People
            .Select(p => p.Orders.Where(o => o.Problem is null).Sum(o => decimal.Parse(o.Amount, System.Globalization.CultureInfo.InvariantCulture) * usdPer[o.Currency]))
            .Where(r => r > 0)
            .OrderDescending()
            .ToList();

        var topFifth = revenue.Take(revenue.Count / 5).Sum() / revenue.Sum();

        Assert.InRange(topFifth, 0.70m, 0.92m);
        Assert.Contains(data.People, p => p.IsKeyAccount && p.Kind == CustomerKind.Person);
    }

    [Fact]
    public void There_are_one_off_buyers_and_repeat_buyers()
    {
        var orderCounts = data.People.Where(p => p.Orders.Count > 0).Select(p => p.Orders.Count).ToList();

        Assert.True(orderCounts.Count(c => c == 1) > orderCounts.Count / 5);
        Assert.True(orderCounts.Count(c => c >= 3) > orderCounts.Count / 5);
    }
}
