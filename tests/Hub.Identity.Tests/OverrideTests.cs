using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests;

public sealed class OverrideTests
{
    private static readonly DateTimeOffset DecidedAt = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static IdentityDecision Override(long id, string field, string value, long? number, params string[] records) => new()
    {
        Id = id,
        Kind = DecisionKind.Override,
        Field = field,
        Value = value,
        CustomerNumber = number,
        Records = records.Select(r => new RecordRef("test", r)).ToList(),
        Reason = "customer called",
        Actor = "ops",
        At = DecidedAt.AddMinutes(id),
    };

    private static IdentityDecision Clear(long id, string field, long? number, params string[] records) =>
        Override(id, field, "", number, records) with { Kind = DecisionKind.ClearOverride, Value = null };

    private static IReadOnlyList<GoldenCustomer> Resolve(IReadOnlyList<StoredCustomerRecord> records, long max, params IdentityDecision[] decisions) =>
        Some.Resolver().Resolve(new ResolutionRequest(records, max) { Decisions = decisions }).Customers;

    private static readonly StoredCustomerRecord[] Ada =
    [
        Some.Record(1, externalId: "K", changedDay: 1, city: "London", email: "ada@x.io", birthDate: new DateOnly(1815, 12, 10)),
        Some.Record(2, externalId: "K", changedDay: 2, city: "Oxford"),
    ];

    [Fact]
    public void An_override_wins_over_survivorship_with_override_lineage()
    {
        var customer = Assert.Single(Resolve(Ada, 0, Override(7, "city", " Cambridge ", 1, "s1", "s2")));

        Assert.Equal("Cambridge", customer.City);
        Assert.Equal(new FieldLineage("operator", "7", DecidedAt.AddMinutes(7), "override"), customer.Lineage["city"]);
        Assert.Equal("most-recent", customer.Lineage["birth_date"].Rule);
    }

    [Fact]
    public void A_later_clear_restores_survivorship_and_the_latest_override_wins()
    {
        var cleared = Assert.Single(Resolve(Ada, 0, Override(1, "city", "Cambridge", 1, "s1"), Clear(2, "city", 1, "s1")));
        Assert.Equal("Oxford", cleared.City);
        Assert.Equal(new FieldLineage("test", "s2", Some.Epoch.AddDays(2), "most-recent"), cleared.Lineage["city"]);

        var again = Assert.Single(Resolve(Ada, 0,
            Override(1, "city", "Cambridge", 1, "s1"), Clear(2, "city", 1, "s1"), Override(3, "city", "Bath", 1, "s1"), Override(4, "city", "York", 1, "s2")));
        Assert.Equal("York", again.City);
        Assert.Equal("4", again.Lineage["city"].SourceId);
    }

    [Fact]
    public void A_clear_of_one_field_leaves_other_overrides_standing()
    {
        var customer = Assert.Single(Resolve(Ada, 0,
            Override(1, "city", "Cambridge", 1, "s1"), Override(2, "birth_date", "1815-12-11", 1, "s1"), Clear(3, "city", 1, "s1")));

        Assert.Equal("Oxford", customer.City);
        Assert.Equal(new DateOnly(1815, 12, 11), customer.BirthDate);
        Assert.Equal("override", customer.Lineage["birth_date"].Rule);
    }

    [Fact]
    public void An_overridden_email_becomes_preferred_and_joins_the_list()
    {
        var customer = Assert.Single(Resolve(Ada, 0, Override(1, "email", "ada.king@x.io", 1, "s1")));

        Assert.Equal("ada.king@x.io", customer.Email);
        Assert.Equal(["ada.king@x.io", "ada@x.io"], customer.Emails);
        Assert.Equal("ada.king@x.io", customer.DisplayName);
    }

    [Fact]
    public void Overridden_names_make_up_the_display_name_unless_it_is_overridden_itself()
    {
        var named = Assert.Single(Resolve(Ada, 0, Override(1, "given_name", "Ada", 1, "s1"), Override(2, "family_name", "King", 1, "s1")));
        Assert.Equal("Ada King", named.DisplayName);
        Assert.Equal("override", named.Lineage["display_name"].Rule);

        var shown = Assert.Single(Resolve(Ada, 0, Override(1, "given_name", "Ada", 1, "s1"), Override(2, "display_name", "Countess of Lovelace", 1, "s1")));
        Assert.Equal("Countess of Lovelace", shown.DisplayName);
        Assert.Equal("2", shown.Lineage["display_name"].SourceId);
    }

    [Fact]
    public void An_override_follows_its_records_when_their_customer_is_merged_and_renumbered()
    {
        StoredCustomerRecord[] records =
        [
            Some.Record(1, externalId: "K", city: "London"),
            Some.Record(2, externalId: "K", city: "London"),
            Some.Record(3, externalId: "L", changedDay: 1, city: "Paris"),
        ];
        var first = Some.Resolver().Resolve(records, 0);
        var lonely = first.CustomerOfRecord[3];
        var decision = Override(1, "city", "Lyon", lonely, "s3");
        Assert.Equal("Lyon", Resolve(Some.WithNumbers(records, first), 2, decision).Single(c => c.Number == lonely).City);

        // Record 3 now shares the external id: it joins the larger customer, which keeps its own number.
        var moved = Some.WithNumbers(records, first);
        moved[2] = moved[2] with { Record = moved[2].Record with { ExternalId = "K" } };
        var merged = Assert.Single(Resolve(moved, 2, decision));

        Assert.NotEqual(lonely, merged.Number);
        Assert.Equal("Lyon", merged.City);
        Assert.Equal("override", merged.Lineage["city"].Rule);
    }

    [Fact]
    public void The_records_choose_the_customer_over_a_stale_number_and_the_number_serves_when_the_records_are_gone()
    {
        StoredCustomerRecord[] records = [Some.Record(1, email: "a@x.io", city: "A"), Some.Record(2, email: "b@x.io", city: "B")];

        var byRecord = Resolve(records, 0, Override(1, "city", "Z", 1, "s2"));
        Assert.Equal(["A", "Z"], byRecord.OrderBy(c => c.Number).Select(c => c.City));

        var byNumber = Resolve(records, 0, Override(1, "city", "Z", 1, "gone"));
        Assert.Equal(["Z", "B"], byNumber.OrderBy(c => c.Number).Select(c => c.City));
    }

    [Fact]
    public void An_override_that_cannot_be_the_fields_value_is_ignored()
    {
        var customer = Assert.Single(Resolve(Ada, 0, Override(1, "birth_date", "10 Dec 1815", 1, "s1"), Override(2, "shoe_size", "42", 1, "s1")));

        Assert.Equal(new DateOnly(1815, 12, 10), customer.BirthDate);
        Assert.Equal("most-recent", customer.Lineage["birth_date"].Rule);
    }
}
