using Hub.Contracts;

namespace Hub.Identity.Tests;

public sealed class GoldenRecordTests
{
    [Fact]
    public void Each_field_takes_the_most_recently_changed_value_that_is_not_empty()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, externalId: "K", changedDay: 1, city: "Beijing", fullName: "Old Name", birthDate: new DateOnly(1980, 1, 2), kind: CustomerKind.Person),
            Some.Record(2, externalId: "K", changedDay: 5, city: "Shanghai", fullName: " ", kind: CustomerKind.Organization),
            Some.Record(3, externalId: "K", changedDay: 3, city: "Shenzhen", fullName: "Newer Name"),
        ], 0);

        var customer = Assert.Single(outcome.Customers);
        Assert.Equal("Shanghai", customer.City);
        Assert.Equal("Newer Name", customer.DisplayName);
        Assert.Equal(new DateOnly(1980, 1, 2), customer.BirthDate);
        Assert.Equal(CustomerKind.Organization, customer.Kind);
        Assert.Equal(3, customer.RecordCount);
    }

    [Fact]
    public void Records_changed_at_the_same_moment_are_ordered_by_row_id()
    {
        var outcome = Some.Resolver().Resolve(
            [Some.Record(8, externalId: "K", city: "Later row"), Some.Record(2, externalId: "K", city: "Earlier row")], 0);

        Assert.Equal("Later row", Assert.Single(outcome.Customers).City);
    }

    [Fact]
    public void Emails_and_phones_list_every_distinct_normalised_value_newest_first()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, externalId: "K", changedDay: 1, email: "Old@X.io", phone: "(415) 555-0100"),
            Some.Record(2, externalId: "K", changedDay: 2, email: "new@x.io", phone: "+1 415 555 0100"),
            Some.Record(3, externalId: "K", changedDay: 3, email: "NEW@x.io", phone: "+86 138 0013 8000"),
        ], 0);

        var customer = Assert.Single(outcome.Customers);
        Assert.Equal(["new@x.io", "old@x.io"], customer.Emails);
        Assert.Equal(["+8613800138000", "+14155550100"], customer.Phones);
        Assert.Equal("new@x.io", customer.Email);
        Assert.Equal("+8613800138000", customer.Phone);
    }

    [Theory]
    [InlineData("伟", "张", "张伟")]
    [InlineData("Wei", "张", "张Wei")]
    [InlineData("Ada", "Lovelace", "Ada Lovelace")]
    public void Display_names_put_chinese_family_names_first_without_a_space(string given, string family, string expected)
    {
        var outcome = Some.Resolver().Resolve([Some.Record(1, givenName: given, familyName: family)], 0);

        Assert.Equal(expected, Assert.Single(outcome.Customers).DisplayName);
    }

    [Fact]
    public void Without_a_name_the_display_name_falls_back_to_the_company_then_the_email()
    {
        var outcome = Some.Resolver().Resolve(
            [Some.Record(1, company: "华为技术有限公司", email: "sales@huawei.example"), Some.Record(2, email: "Only@Mail.example")], 0);

        Assert.Equal("华为技术有限公司", outcome.Customers[0].DisplayName);
        Assert.Equal("only@mail.example", outcome.Customers[1].DisplayName);
    }
}
