using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests;

/// <summary>The probabilistic engine's decisions on small, hand-made cases a CRM meets every day.</summary>
public sealed class EngineTests
{
    private static long CustomerOf(ResolutionOutcome outcome, long rowId) => outcome.CustomerOfRecord[rowId];

    private static readonly DateOnly AnnBorn = new(1985, 3, 14);

    [Fact]
    public void A_typo_in_the_family_name_does_not_keep_one_person_apart()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, givenName: "Annabel", familyName: "Fitzgerald", birthDate: AnnBorn, postcode: "2600", city: "Canberra"),
            Some.Record(2, givenName: "Annabel", familyName: "Fitzgerlad", birthDate: AnnBorn, postcode: "2600", city: "Canberra", source: "shop"),
        ], 0);

        Assert.Equal(CustomerOf(outcome, 1), CustomerOf(outcome, 2));
        var link = Assert.Single(outcome.Links);
        Assert.Equal("model", link.Rule);
    }

    [Fact]
    public void A_family_sharing_a_landline_and_an_address_stays_separate_people()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, givenName: "Peter", familyName: "Novak", phone: "(415) 555-0134", street: "12 Oak Street", city: "Springfield", postcode: "94110", birthDate: new(1961, 5, 2)),
            Some.Record(2, givenName: "Maria", familyName: "Novak", phone: "415 555 0134", street: "12 Oak St", city: "Springfield", postcode: "94110", birthDate: new(1964, 9, 30)),
            Some.Record(3, givenName: "Lukas", familyName: "Novak", phone: "+1 415-555-0134", street: "12 Oak Street", city: "Springfield", postcode: "94110", birthDate: new(1995, 1, 17)),
        ], 0);

        Assert.Equal(3, outcome.Customers.Count);
        // The shared number still belongs to each of them.
        Assert.All(outcome.Customers, c => Assert.Equal(["+14155550134"], c.Phones));
    }

    [Fact]
    public void An_email_many_different_people_typed_links_none_of_them_and_is_reported()
    {
        string[] names = ["Ann", "Bob", "Carla", "Dmitri", "Erin"];
        var outcome = Some.Resolver().Resolve(
            names.Select((name, i) => Some.Record(i + 1, givenName: name, familyName: "Lee", email: "test@test.com")).ToList(), 0);

        Assert.Equal(5, outcome.Customers.Count);
        Assert.Contains(outcome.Report, line => line.Contains("email test@test.com: 5 records", StringComparison.Ordinal));
        Assert.Empty(outcome.Links);
    }

    [Fact]
    public void A_person_and_a_company_at_one_address_are_not_one_customer()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, fullName: "Jane Baker", street: "1 Main Street", city: "Springfield", postcode: "12345", phone: "(415) 555-0199"),
            Some.Record(2, company: "Jane Baker", kind: Hub.Contracts.CustomerKind.Organization, street: "1 Main St", city: "Springfield", postcode: "12345", phone: "(415) 555-0199"),
        ], 0);

        Assert.Equal(2, outcome.Customers.Count);
    }

    [Fact]
    public void Namesakes_with_different_mailboxes_and_birth_dates_are_different_customers()
    {
        var outcome = Some.Resolver("CN").Resolve(
        [
            Some.Record(1, fullName: "王伟", email: "wangwei12@qq.com", birthDate: new(1990, 1, 2), city: "北京"),
            Some.Record(2, fullName: "王伟", email: "wangwei7@qq.com", birthDate: new(1978, 11, 20), city: "北京", source: "shop"),
        ], 0);

        Assert.NotEqual(CustomerOf(outcome, 1), CustomerOf(outcome, 2));
    }

    [Fact]
    public void A_chinese_name_links_to_its_romanised_form_written_given_name_first()
    {
        var outcome = Some.Resolver("CN").Resolve(
        [
            Some.Record(1, fullName: "王伟", phone: "138 0013 8000", city: "北京"),
            Some.Record(2, givenName: "Wei", familyName: "Wang", phone: "+86 138 0013 8000", source: "github"),
        ], 0);

        Assert.Equal(CustomerOf(outcome, 1), CustomerOf(outcome, 2));
    }

    [Fact]
    public void A_chain_of_links_stops_where_birth_dates_cannot_be_one_persons()
    {
        // 2 resembles both 1 and 3, but 1 and 3 were born decades apart: 2 joins the stronger side only.
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, givenName: "John", familyName: "Smith", email: "john.smith@example.com", birthDate: new(1950, 6, 1)),
            Some.Record(2, givenName: "John", familyName: "Smith", email: "john.smith@example.com", postcode: "10001"),
            Some.Record(3, givenName: "John", familyName: "Smith", postcode: "10001", birthDate: new(1992, 8, 9), street: "5 Elm Street"),
            Some.Record(4, givenName: "John", familyName: "Smith", postcode: "10001", birthDate: new(1992, 8, 9), street: "5 Elm St"),
        ], 0);

        Assert.Equal(CustomerOf(outcome, 1), CustomerOf(outcome, 2));
        Assert.Equal(CustomerOf(outcome, 3), CustomerOf(outcome, 4));
        Assert.NotEqual(CustomerOf(outcome, 1), CustomerOf(outcome, 3));
    }

    [Fact]
    public void Every_kept_link_carries_evidence_naming_the_fields_that_agreed()
    {
        var outcome = Some.Resolver().Resolve(
        [
            Some.Record(1, givenName: "Annabel", familyName: "Fitzgerald", birthDate: AnnBorn, postcode: "2600"),
            Some.Record(2, givenName: "Anabel", familyName: "Fitzgerald", birthDate: AnnBorn, postcode: "2600"),
        ], 0);

        var link = Assert.Single(outcome.Links);
        var fields = LinkExplanations.Fields(link, outcome.Model).ToDictionary(f => f.Field);
        Assert.True(fields["family_name"].Agreed);
        Assert.True(fields["birth_date"].Agreed);
        Assert.Equal("close (JW ≥ 0.92 or same sound)", fields["given_name"].Level);
        Assert.Equal("missing", fields["email"].Level);
        Assert.True(fields["birth_date"].Weight > 0);
        Assert.Null(fields["email"].Weight);
    }

    [Fact]
    public void The_same_records_with_the_stored_model_give_the_same_customers_and_ids()
    {
        var records = new List<StoredCustomerRecord>
        {
            Some.Record(1, givenName: "Annabel", familyName: "Fitzgerald", birthDate: AnnBorn, postcode: "2600"),
            Some.Record(2, givenName: "Anabel", familyName: "Fitzgerald", birthDate: AnnBorn, postcode: "2600"),
            Some.Record(3, givenName: "Tom", familyName: "Baker", email: "tom@example.com"),
            Some.Record(4, givenName: "Thomas", familyName: "Baker", email: "TOM@example.com"),
        };
        var resolver = Some.Resolver();
        var first = resolver.Resolve(records, 0);

        var second = resolver.Resolve(new ResolutionRequest(Some.WithNumbers(records, first), 2) { Model = first.Model });

        Assert.True(first.ModelTrained);
        Assert.False(second.ModelTrained);
        Assert.Equal(first.CustomerOfRecord.OrderBy(p => p.Key), second.CustomerOfRecord.OrderBy(p => p.Key));
    }

    [Fact]
    public void Retraining_says_how_the_parameters_moved()
    {
        var records = new List<StoredCustomerRecord>
        {
            Some.Record(1, givenName: "Annabel", familyName: "Fitzgerald", birthDate: AnnBorn, postcode: "2600"),
            Some.Record(2, givenName: "Anabel", familyName: "Fitzgerald", birthDate: AnnBorn, postcode: "2600"),
        };
        var first = Some.Resolver().Resolve(records, 0);
        records.Add(Some.Record(3, givenName: "Tom", familyName: "Baker", postcode: "2600"));

        var retrained = Some.Resolver().Resolve(new ResolutionRequest(Some.WithNumbers(records.Take(2), first), 1) { Model = first.Model, Retrain = true }
            with { Records = [.. Some.WithNumbers(records.Take(2), first), records[2]] });

        Assert.True(retrained.ModelTrained);
        Assert.Equal(first.Model!.Version + 1, retrained.Model!.Version);
        Assert.Contains(retrained.Report, line => line.StartsWith("P(two random records match):", StringComparison.Ordinal));
    }
}
