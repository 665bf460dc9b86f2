using GraphQL.Types;
using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

internal sealed class SyncRunConnectionType : ObjectGraphType<SyncRunPage>
{
    public SyncRunConnectionType()
    {
        Name = "SyncRunConnection";
        Description = "A page of runs, newest first (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncRunEdgeType>>>, IEnumerable<HistoryEdge<SyncRun>>>("edges")
            .Resolve(c => c.Source.Items.Select(run => new HistoryEdge<SyncRun>(run, SyncRunCursor.Encode(run))))
            .Description("The runs on this page, each with its cursor.");
        Field<NonNullGraphType<PageInfoType>, IPageInfo>("pageInfo").Resolve(c => c.Source)
            .Description("Whether older runs follow, and the cursor to reach them.");
    }
}
