using Hub.Core.Model;

namespace Hub.Identity.Tests;

public sealed class LineageTests
{
    [Fact]
    public void Every_golden_field_names_the_record_it_came_from_and_the_rule()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, externalId: "K", changedDay: 1, source: "crm", fullName: "Ada Lovelace", givenName: "Ada", familyName: "Lovelace",
                street: "12 St James's Sq", city: "London", postcode: "SW1Y 4JH", country: "GB", birthDate: new DateOnly(1815, 12, 10)),
            Some.Record(2, externalId: "K", changedDay: 2, source: "shop", email: "ada@example.com", phone: "+44 20 7946 0000", company: "Analytical Engines"),
        ], 0);

        var customer = Assert.Single(outcome.Customers);
        Assert.Equal(GoldenFields.All.Order(), customer.Lineage.Keys.Order());
        var fromCrm = new FieldLineage("crm", "s1", Some.Epoch.AddDays(1), "most-recent");
        var fromShop = new FieldLineage("shop", "s2", Some.Epoch.AddDays(2), "most-recent");
        foreach (var field in new[] { "display_name", "given_name", "family_name", "street", "city", "postcode", "country", "birth_date" })
            Assert.Equal(fromCrm, customer.Lineage[field]);
        foreach (var field in new[] { "email", "phone", "company" })
            Assert.Equal(fromShop, customer.Lineage[field]);
    }

    [Fact]
    public void A_field_without_a_value_has_no_lineage()
    {
        var customer = Assert.Single(Some.Resolver().Resolve([Some.Record(1, email: "only@x.io")], 0).Customers);

        Assert.Equal(["display_name", "email"], customer.Lineage.Keys.Order());
    }

    [Fact]
    public void A_composed_display_name_borrows_the_lineage_of_the_part_it_shows()
    {
        var customer = Assert.Single(Some.Resolver().Resolve(
        [
            Some.Record(1, externalId: "K", changedDay: 1, givenName: "Wei", familyName: "Wang", source: "crm"),
            Some.Record(2, externalId: "K", changedDay: 2, company: "Acme", source: "shop"),
        ], 0).Customers);

        Assert.Equal("Wei Wang", customer.DisplayName);
        Assert.Equal(customer.Lineage["given_name"], customer.Lineage["display_name"]);
        Assert.Equal("crm", customer.Lineage["display_name"].Source);
    }
}
