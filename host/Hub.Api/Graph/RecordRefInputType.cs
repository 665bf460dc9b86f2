using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class RecordRefInputType : InputObjectGraphType<RecordRef>
{
    public RecordRefInputType()
    {
        Name = "RecordRefInput";
        Description = "A source record by source and source id, as a customer's sources list them.";
        Field<NonNullGraphType<StringGraphType>>("source").Description("The source, e.g. shop.");
        Field<NonNullGraphType<StringGraphType>>("sourceId").Description("The record's id in that source, e.g. 1042.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new RecordRef(value["source"] as string ?? "", value["sourceId"] as string ?? "");
    }
}
