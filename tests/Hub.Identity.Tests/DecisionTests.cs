using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests;

/// <summary>Operators' merges and splits, as the engine honours them in every resolution.</summary>
public sealed class DecisionTests
{
    private static RecordRef Ref(long rowId) => new("test", $"s{rowId}");

    private static IdentityDecision Merge(params long[] rows) =>
        new() { Kind = DecisionKind.Merge, Records = rows.Select(Ref).ToList(), Reason = "same person, confirmed by phone", Actor = "ops" };

    private static IdentityDecision Split(long[] taken, long[] apart) =>
        new() { Kind = DecisionKind.Split, Records = taken.Select(Ref).ToList(), Apart = apart.Select(Ref).ToList(), Reason = "twins", Actor = "ops" };

    private static ResolutionOutcome Resolve(IReadOnlyList<StoredCustomerRecord> records, params IdentityDecision[] decisions) =>
        Some.Resolver().Resolve(new ResolutionRequest(records, 0) { Decisions = decisions });

    private static readonly StoredCustomerRecord[] Strangers =
    [
        Some.Record(1, givenName: "Ann", familyName: "Lee", email: "ann@example.com"),
        Some.Record(2, givenName: "Bo", familyName: "Chan", email: "bo@example.org"),
    ];

    [Fact]
    public void A_merge_joins_records_the_model_would_keep_apart_and_says_so_in_the_evidence()
    {
        var outcome = Resolve(Strangers, Merge(1, 2));

        Assert.Single(outcome.Customers);
        Assert.Equal("decision:merge", Assert.Single(outcome.Links).Rule);
    }

    [Fact]
    public void A_split_keeps_records_apart_even_when_a_rule_would_join_them()
    {
        StoredCustomerRecord[] twins =
        [
            Some.Record(1, givenName: "Ann", familyName: "Lee", email: "family@example.com"),
            Some.Record(2, givenName: "Ann", familyName: "Lee", email: "family@example.com"),
            Some.Record(3, givenName: "Anne", familyName: "Lee", email: "family@example.com"),
        ];

        var outcome = Resolve(twins, Split([3], [1, 2]));

        Assert.Equal(2, outcome.Customers.Count);
        Assert.Equal(outcome.CustomerOfRecord[1], outcome.CustomerOfRecord[2]);
        Assert.NotEqual(outcome.CustomerOfRecord[1], outcome.CustomerOfRecord[3]);
    }

    [Fact]
    public void A_later_merge_undoes_an_earlier_split_and_a_later_split_an_earlier_merge()
    {
        var merged = Resolve(Strangers, Split([2], [1]), Merge(1, 2));
        var split = Resolve(Strangers, Merge(1, 2), Split([2], [1]));

        Assert.Single(merged.Customers);
        Assert.Equal(2, split.Customers.Count);
    }

    [Fact]
    public void Decisions_survive_a_rerun_with_the_stored_model_and_keep_the_customer_ids()
    {
        var first = Resolve(Strangers, Merge(1, 2));
        var again = Some.Resolver().Resolve(
            new ResolutionRequest(Some.WithNumbers(Strangers, first), 1) { Model = first.Model, Decisions = [Merge(1, 2)] });

        Assert.Equal(first.CustomerOfRecord.OrderBy(p => p.Key), again.CustomerOfRecord.OrderBy(p => p.Key));
    }

    [Fact]
    public void A_decision_about_records_that_no_longer_exist_is_ignored()
    {
        var outcome = Resolve(Strangers, Merge(1, 99), Split([98], [2]));

        Assert.Equal(2, outcome.Customers.Count);
    }
}
