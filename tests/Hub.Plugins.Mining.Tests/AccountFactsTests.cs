using Hub.Contracts;
using Hub.Plugins.Mining.KeyAccounts;

namespace Hub.Plugins.Mining.Tests;

public sealed class AccountFactsTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    [Fact]
    public void Facts_CountRecentTouchesByChannel_TenureFromFirstContact_AndProfitByMargin()
    {
        var withMargin = TestRecords.Order("c", AsOf.AddDays(-100), 200) with { Attributes = new Dictionary<string, string> { ["margin"] = "0.25" } };
        var customer = new CustomerActivity(
            "c",
            CustomerKind.Person,
            [TestRecords.Order("c", AsOf.AddDays(-10), 100), withMargin],
            [
                TestRecords.Interaction("c", AsOf.AddDays(-400), "call"),
                TestRecords.Interaction("c", AsOf.AddDays(-30), "call"),
                TestRecords.Interaction("c", AsOf.AddDays(-20), "GitHub"),
                TestRecords.Interaction("c", AsOf.AddDays(-5), "github"),
            ])
        {
            Events = [new EventRecord { EventId = "e", CustomerSourceId = "c", Name = "Opened", OccurredAt = new DateTimeOffset(AsOf.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) }],
            Profile = new CustomerProfile
            {
                FirstSeenAt = new DateTimeOffset(AsOf.AddDays(-500).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Groups = ["company:acme"],
                Attributes = new Dictionary<string, string> { ["github:followers"] = "42", ["shop:referrals"] = "3" },
            },
        };

        var facts = AccountFacts.From(customer, AsOf);

        Assert.Equal(300, facts.Revenue);
        Assert.Equal(150, facts.Profit);
        Assert.Equal(500, facts.TenureDays);
        Assert.Equal(4, facts.RecentTouches);
        Assert.Equal(3, facts.RecentChannels);
        Assert.Equal(42, facts.Followers);
        Assert.Equal(3, facts.Referrals);
    }

    [Fact]
    public void GroupRevenue_IsTheRevenueOfTheCustomersBiggestGroup()
    {
        AccountFacts Member(string id, double revenue, params string[] groups) =>
            AccountFacts.From(new CustomerActivity(id, CustomerKind.Person, [TestRecords.Order(id, AsOf, (decimal)revenue)], []) { Profile = new CustomerProfile { Groups = groups } }, AsOf);

        var revenue = GroupRevenue.Of([Member("a", 100, "company:acme"), Member("b", 50, "company:acme", "github-org:tiny"), Member("c", 10, "github-org:tiny"), Member("d", 999)]);

        Assert.Equal([150, 150, 60, 0], revenue);
    }
}
