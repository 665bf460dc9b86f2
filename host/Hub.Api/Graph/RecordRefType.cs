using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph;

internal sealed class RecordRefType : ObjectGraphType<RecordRef>
{
    public RecordRefType()
    {
        Name = "RecordRef";
        Description = "A source record by source and source id (the CLI writes it SOURCE:ID, e.g. shop:1042); stable across resolutions.";
        Field(r => r.Source).Description("The source the record came from.");
        Field(r => r.SourceId).Description("The record's id in its source.");
    }
}
