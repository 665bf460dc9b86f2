using GraphQL.Types;
using Hub.Identity;

namespace Hub.Api.Graph;

internal sealed class FieldComparisonType : ObjectGraphType<FieldEvidence>
{
    public FieldComparisonType()
    {
        Name = "FieldComparison";
        Description = "How one field compared between the two records of a link.";
        Field<NonNullGraphType<StringGraphType>, string>("field").Resolve(c => c.Source.Field)
            .Description("The field: given_name, family_name, birth_date, email, phone, street, city, postcode or external_id.");
        Field<NonNullGraphType<StringGraphType>, string>("level").Resolve(c => c.Source.Level)
            .Description("The comparison level, e.g. exact, or missing when a side had no value.");
    }
}
