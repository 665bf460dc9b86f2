using GraphQL.Types;

namespace Hub.Api.Graph;

internal sealed class SourceAttributeType : ObjectGraphType<KeyValuePair<string, string>>
{
    public SourceAttributeType()
    {
        Name = "SourceAttribute";
        Description = "A source field that has no canonical place, kept as the source sent it.";
        Field<NonNullGraphType<StringGraphType>, string>("name").Resolve(c => c.Source.Key).Description("The field's name in the source.");
        Field<NonNullGraphType<StringGraphType>, string>("value").Resolve(c => c.Source.Value).Description("The field's value as sent.");
    }
}
