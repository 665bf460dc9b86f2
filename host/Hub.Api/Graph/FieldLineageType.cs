using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class FieldLineageType : ObjectGraphType<KeyValuePair<string, FieldLineage>>
{
    public FieldLineageType()
    {
        Name = "FieldLineage";
        Description = "Where one golden field's value came from: the source record that supplied it and the rule that chose it.";
        Field<NonNullGraphType<StringGraphType>, string>("field").Resolve(c => c.Source.Key)
            .Description("The golden field: display_name, given_name, family_name, email, phone, street, city, postcode, country, birth_date or company.");
        Field<NonNullGraphType<StringGraphType>, string>("source").Resolve(c => c.Source.Value.Source)
            .Description("The source of the record the value came from, or 'operator' for an override.");
        Field<NonNullGraphType<StringGraphType>, string>("sourceId").Resolve(c => c.Source.Value.SourceId)
            .Description("The record's id in its source, or the override decision's id.");
        Field<NonNullGraphType<DateTimeScalarType>, DateTimeOffset>("changedAt").Resolve(c => c.Source.Value.ChangedAt)
            .Description("When that record last changed, or when the override was decided.");
        Field<NonNullGraphType<StringGraphType>, string>("rule").Resolve(c => c.Source.Value.Rule)
            .Description("The survivorship rule that chose the value (most-recent, source-priority, most-frequent, longest), or 'override'.");
    }
}
