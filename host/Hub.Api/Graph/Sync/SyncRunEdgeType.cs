using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

internal sealed class SyncRunEdgeType : ObjectGraphType<HistoryEdge<SyncRun>>
{
    public SyncRunEdgeType()
    {
        Name = "SyncRunEdge";
        Description = "A run in a connection, with the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(c => c.Source.Cursor)
            .Description("Pass as after to read the older runs that follow this one.");
        Field<NonNullGraphType<SyncRunType>, SyncRun>("node").Resolve(c => c.Source.Node).Description("The run.");
    }
}
