using System.Globalization;
using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class IdentityDecisionType : ObjectGraphType<IdentityDecision>
{
    public IdentityDecisionType()
    {
        Name = "IdentityDecision";
        Description = "One entry of the append-only identity decision log: who decided what, when and why. Every later resolution applies it.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture))
            .Description("The decision's position in the log (as 'hub decisions' shows it); an override's lineage names it as sourceId, with source 'operator'.");
        Field<NonNullGraphType<DecisionKindType>, DecisionKind>("kind").Resolve(c => c.Source.Kind).Description("What was decided.");
        Field(d => d.Reason).Description("Why, in the words of whoever decided.");
        Field(d => d.Actor).Description("Who decided: apikey:ID for a mutation (the key's id), the operating-system user for the CLI.");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("at").Resolve(c => c.Source.At).Description("When it was decided.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordRefType>>>, IReadOnlyList<RecordRef>>("records").Resolve(c => c.Source.Records)
            .Description("MERGE: the records kept together. SPLIT: the records taken out. OVERRIDE, CLEAR_OVERRIDE: the customer's records when it was decided.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordRefType>>>, IReadOnlyList<RecordRef>>("apart").Resolve(c => c.Source.Apart)
            .Description("SPLIT: the records the taken ones are kept apart from; empty otherwise.");
        Field(d => d.Field, nullable: true).Description("OVERRIDE, CLEAR_OVERRIDE: the golden field, e.g. city; null otherwise. Its value shows in the customer's field.");
    }
}
