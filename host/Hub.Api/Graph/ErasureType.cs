using System.Globalization;
using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

/// <summary>An entry of the erasure log; the counts are Int, as no one person has two billion of anything.</summary>
internal sealed class ErasureType : ObjectGraphType<Erasure>
{
    public ErasureType()
    {
        Name = "Erasure";
        Description = "One erasure of a customer on request (GDPR, PIPL), as the erasure log keeps it: no personal data, only what was erased, when, by whom and why.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture))
            .Description("The erasure's position in the log (as 'hub erasures' shows it).");
        Field<NonNullGraphType<IdGraphType>, string>("customerId").Resolve(c => c.Source.CustomerId)
            .Description("The customer erased; the id is never given to another customer.");
        Field(e => e.Reason).Description("Why, in the words of whoever erased.");
        Field(e => e.Actor).Description("Who erased: apikey:ID for a mutation (the key's id), the operating-system user (or --actor) for the CLI.");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("erasedAt").Resolve(c => c.Source.ErasedAt).Description("When.");
        Count("sourceRecords", e => e.SourceRecords, "Source records emptied of personal data and of their source ids.");
        Count("orders", e => e.Orders, "Orders no longer linked to the person; their amounts stay in the statistics.");
        Count("interactions", e => e.Interactions, "Interactions unlinked, their summary, agent and attributes erased.");
        Count("events", e => e.Events, "Events unlinked, their properties and attributes erased.");
        Count("quarantineItems", e => e.QuarantineItems, "Quarantined inputs holding one of the person's identifiers, deleted.");
        Count("decisions", e => e.Decisions, "Identity decisions whose override values or record names were erased.");
        Count("identifiersSuppressed", e => e.Suppressions,
            "Identifiers (record keys, e-mails, phones) kept as hashes so that later syncs leave the person out.");
    }

    private void Count(string name, Func<Erasure, long> count, string description) =>
        Field<NonNullGraphType<IntGraphType>, int>(name).Resolve(c => checked((int)count(c.Source))).Description(description);
}
