using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests;

public sealed class SurvivorshipTests
{
    private static GoldenCustomer One(SurvivorshipOptions survivorship, params StoredCustomerRecord[] records) =>
        Assert.Single(new ProbabilisticResolver(new IdentityOptions { Survivorship = survivorship }).Resolve(new ResolutionRequest(records, 0)).Customers);

    [Fact]
    public void Most_recent_is_the_default_and_takes_the_newest_records_value()
    {
        var customer = One(new SurvivorshipOptions(),
            Some.Record(1, externalId: "K", changedDay: 5, city: "Newest", source: "shop"),
            Some.Record(2, externalId: "K", changedDay: 1, city: "Oldest", source: "crm"));

        Assert.Equal("Newest", customer.City);
        Assert.Equal(new FieldLineage("shop", "s1", Some.Epoch.AddDays(5), "most-recent"), customer.Lineage["city"]);
    }

    [Fact]
    public void Source_priority_takes_the_first_listed_source_with_a_value_then_the_most_recent()
    {
        var customer = One(new SurvivorshipOptions { Default = "source-priority", SourcePriority = "crm, shop" },
            Some.Record(1, externalId: "K", changedDay: 9, city: "Web city", street: "Web street", postcode: "W1", source: "web"),
            Some.Record(2, externalId: "K", changedDay: 5, city: "Shop city", street: "Shop street", source: "shop"),
            Some.Record(3, externalId: "K", changedDay: 1, city: "Old CRM city", source: "crm"),
            Some.Record(4, externalId: "K", changedDay: 2, city: "New CRM city", source: "crm"));

        Assert.Equal("New CRM city", customer.City);
        Assert.Equal("s4", customer.Lineage["city"].SourceId);
        Assert.Equal("source-priority", customer.Lineage["city"].Rule);
        // No CRM street: the next listed source wins over the newer unlisted one.
        Assert.Equal("Shop street", customer.Street);
        // Only an unlisted source has a postcode: sources not listed still count, after the listed ones.
        Assert.Equal("W1", customer.Postcode);
    }

    [Fact]
    public void Most_frequent_compares_ignoring_case_and_spaces_and_shows_the_newest_spelling()
    {
        var customer = One(new SurvivorshipOptions { Fields = { ["city"] = "most-frequent", ["postcode"] = "most-frequent" } },
            Some.Record(1, externalId: "K", changedDay: 1, city: "BEIJING", postcode: "A1"),
            Some.Record(2, externalId: "K", changedDay: 2, city: "bei jing", postcode: "B2"),
            Some.Record(3, externalId: "K", changedDay: 3, city: "Shanghai", postcode: "C3"),
            Some.Record(4, externalId: "K", changedDay: 4, city: null, postcode: "D4"));

        Assert.Equal("bei jing", customer.City);
        Assert.Equal("s2", customer.Lineage["city"].SourceId);
        Assert.Equal("most-frequent", customer.Lineage["city"].Rule);
        // Every postcode once: the tie goes to the most recent.
        Assert.Equal("D4", customer.Postcode);
    }

    [Fact]
    public void Longest_takes_the_longest_value_ties_to_the_most_recent()
    {
        var customer = One(new SurvivorshipOptions { Default = "longest" },
            Some.Record(1, externalId: "K", changedDay: 1, fullName: "Ann Marie Smith", city: "Rome"),
            Some.Record(2, externalId: "K", changedDay: 3, fullName: "Ann Smith", city: "Oslo"),
            Some.Record(3, externalId: "K", changedDay: 2, fullName: "A. Smith", city: "Bonn"));

        Assert.Equal("Ann Marie Smith", customer.DisplayName);
        Assert.Equal(new FieldLineage("test", "s1", Some.Epoch.AddDays(1), "longest"), customer.Lineage["display_name"]);
        Assert.Equal("Oslo", customer.City);
    }

    [Fact]
    public void A_field_rule_overrides_the_default_for_that_field_only()
    {
        var customer = One(new SurvivorshipOptions { Default = "longest", Fields = { ["City"] = "most-recent" } },
            Some.Record(1, externalId: "K", changedDay: 1, city: "Longer old city", street: "Longer old street"),
            Some.Record(2, externalId: "K", changedDay: 2, city: "New", street: "New"));

        Assert.Equal("New", customer.City);
        Assert.Equal("Longer old street", customer.Street);
    }

    [Fact]
    public void The_preferred_email_and_phone_follow_the_rule_while_the_lists_keep_every_value()
    {
        var customer = One(new SurvivorshipOptions { SourcePriority = "crm", Fields = { ["email"] = "source-priority", ["phone"] = "source-priority" } },
            Some.Record(1, externalId: "K", changedDay: 1, email: "CRM@x.io", phone: "+1 415 555 0100", source: "crm"),
            Some.Record(2, externalId: "K", changedDay: 2, email: "shop@x.io", phone: "+86 138 0013 8000", source: "shop"));

        Assert.Equal("crm@x.io", customer.Email);
        Assert.Equal("+14155550100", customer.Phone);
        Assert.Equal(["shop@x.io", "crm@x.io"], customer.Emails);
        Assert.Equal(["+8613800138000", "+14155550100"], customer.Phones);
        Assert.Equal("crm", customer.Lineage["email"].Source);
        Assert.Equal("crm", customer.Lineage["phone"].Source);
    }

    [Theory]
    [InlineData("newest", null, null, "Hub:Identity:Survivorship:Default")]
    [InlineData("most-recent", "city", "oldest", "Hub:Identity:Survivorship:Fields:city")]
    [InlineData("most-recent", "shoe_size", "longest", "Hub:Identity:Survivorship:Fields")]
    public void Unknown_rules_and_fields_are_refused_naming_the_key_and_the_allowed_values(string defaultRule, string? field, string? rule, string key)
    {
        var options = new IdentityOptions { Survivorship = new SurvivorshipOptions { Default = defaultRule } };
        if (field is not null) options.Survivorship.Fields[field] = rule!;

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(field == "shoe_size" ? "given_name" : "most-frequent", error.Message, StringComparison.Ordinal);
    }
}
