using Hub.Core.Storage;

namespace Hub.Identity.Tests;

public sealed class LinkingTests
{
    private static long CustomerOf(ResolutionOutcome outcome, long rowId) => outcome.CustomerOfRecord[rowId];

    [Fact]
    public void Records_whose_emails_differ_only_in_case_and_spaces_are_one_customer()
    {
        var outcome = Some.Resolver().Resolve([Some.Record(1, email: "Ann@Example.com"), Some.Record(2, email: " ann@example.COM ")], 0);

        Assert.Equal(CustomerOf(outcome, 1), CustomerOf(outcome, 2));
        Assert.Single(outcome.Customers);
    }

    [Fact]
    public void Chinese_phone_numbers_link_across_plus86_0086_and_national_formats()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, phone: "+86 138 0013 8000"),
            Some.Record(2, phone: "0086 13800138000"),
            Some.Record(3, phone: "138-0013-8000", country: "CN"),
            Some.Record(4, phone: "13800138000", country: "中国"),
        ], 0);

        Assert.Equal(["+8613800138000"], Assert.Single(outcome.Customers).Phones);
        Assert.Equal(4, outcome.Customers[0].RecordCount);
    }

    [Fact]
    public void Us_phone_numbers_link_across_their_usual_formats_with_the_default_region()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, phone: "(415) 555-0100"),
            Some.Record(2, phone: "+1 415-555-0100"),
            Some.Record(3, phone: "415.555.0100", country: "USA"),
        ], 0);

        Assert.Equal("+14155550100", Assert.Single(outcome.Customers).Phone);
    }

    [Fact]
    public void The_default_region_decides_how_numbers_without_a_country_code_are_read()
    {
        var outcome = Some.Resolver("CN").Resolve([Some.Record(1, phone: "138 0013 8000"), Some.Record(2, phone: "+8613800138000")], 0);

        Assert.Single(outcome.Customers);
    }

    [Fact]
    public void Equal_external_ids_link_but_only_when_the_case_matches()
    {
        var outcome = Some.Resolver().Resolve(
            [Some.Record(1, externalId: "LOYAL-7"), Some.Record(2, externalId: " LOYAL-7 "), Some.Record(3, externalId: "loyal-7")], 0);

        Assert.Equal(CustomerOf(outcome, 1), CustomerOf(outcome, 2));
        Assert.NotEqual(CustomerOf(outcome, 1), CustomerOf(outcome, 3));
    }

    [Fact]
    public void A_chain_of_links_makes_one_customer()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, email: "li@example.cn"),
            Some.Record(2, email: "LI@example.cn", phone: "+86 139 1234 5678"),
            Some.Record(3, phone: "0086 139 1234 5678", externalId: "VIP-1"),
            Some.Record(4, externalId: "VIP-1"),
        ], 0);

        var customer = Assert.Single(outcome.Customers);
        Assert.Equal(4, customer.RecordCount);
    }

    [Fact]
    public void Unrelated_records_and_records_sharing_only_blanks_or_placeholders_stay_apart()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, email: "a@example.com", phone: "12345"),
            Some.Record(2, email: "b@example.com", phone: "12345"),
            Some.Record(3, email: "  ", phone: "", externalId: " "),
            Some.Record(4, email: "none", phone: "n/a"),
            Some.Record(5, email: "none", phone: "n/a"),
            Some.Record(6, email: "noemail@shop.cn"),
            Some.Record(7, email: "noemail@shop.cn"),
        ], 0);

        Assert.Equal(7, outcome.Customers.Count);
        Assert.Equal(7, outcome.CustomerOfRecord.Values.Distinct().Count());
    }

    [Fact]
    public void An_unparseable_phone_does_not_link_but_is_still_listed_as_written()
    {
        var outcome = Some.Resolver().Resolve([Some.Record(1, phone: "ext. 4412-99"), Some.Record(2, phone: "ext. 4412-99")], 0);

        Assert.Equal(2, outcome.Customers.Count);
        Assert.Equal(["ext. 4412-99"], outcome.Customers[0].Phones);
    }

    [Fact]
    public void An_empty_input_resolves_to_no_customers()
    {
        var outcome = Some.Resolver().Resolve([], 41);

        Assert.Empty(outcome.Customers);
        Assert.Empty(outcome.CustomerOfRecord);
    }

    [Fact]
    public void A_default_region_without_phone_numbering_is_refused_when_the_resolver_is_made()
    {
        var error = Assert.Throws<ArgumentException>(() => Some.Resolver("Atlantis"));

        Assert.Contains("'Atlantis'", error.Message);
    }
}
