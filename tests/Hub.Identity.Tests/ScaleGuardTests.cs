using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Identity.Tests;

/// <summary>Guardrails that matter as the data grows: namesakes, and a model trained on too little.</summary>
public sealed class ScaleGuardTests
{
    [Fact]
    public void Records_agreeing_on_a_name_alone_are_linked_only_when_no_other_record_carries_that_name()
    {
        StoredCustomerRecord[] unique =
        [
            Some.Record(1, fullName: "Marisol Featherstonehaugh", phone: "(415) 555-0142", source: "callcenter"),
            Some.Record(2, fullName: "Marisol Featherstonehaugh", email: "mf@example.com", source: "shop"),
        ];
        StoredCustomerRecord[] namesakes =
        [
            .. unique,
            Some.Record(3, fullName: "Marisol Featherstonehaugh", email: "marisol.f@example.org", city: "Leeds", source: "shop"),
        ];

        var linked = Some.Resolver().Resolve(unique, 0);
        var ambiguous = Some.Resolver().Resolve(namesakes, 0);

        Assert.Single(linked.Customers);
        Assert.Equal("model:name", Assert.Single(linked.Links).Rule);
        Assert.Equal(3, ambiguous.Customers.Count);
        Assert.Contains(ambiguous.Report, line => line.Contains("on a name alone left out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_trained_on_a_first_handful_of_records_is_estimated_again_as_they_grow()
    {
        var first = Enumerable.Range(1, 4).Select(i => Some.Record(i, phone: $"(415) 555-01{i:00}", fullName: $"Caller {i}")).ToList();
        var initial = Some.Resolver().Resolve(first, 0);
        var grown = first.Concat(Enumerable.Range(5, 8).Select(i => Some.Record(i, email: $"p{i}@example.com", fullName: $"Buyer {i}"))).ToList();

        var later = Some.Resolver().Resolve(new ResolutionRequest(Some.WithNumbers(first, initial).Concat(grown.Skip(4)).ToList(), 4) { Model = initial.Model });

        Assert.True(later.ModelTrained);
        Assert.Equal(2, later.Model!.Version);
        Assert.Contains(later.Report, line => line.Contains("was trained on only 4 records; re-estimating it on 12", StringComparison.Ordinal));
    }
}
