using GraphQL.Types;

namespace Hub.Api.Graph.Mining;

internal sealed class WinBackCandidateConnectionType : ObjectGraphType<RankedPage>
{
    public WinBackCandidateConnectionType()
    {
        Name = "WinBackCandidateConnection";
        Description = "Win-back candidates of the current winback run, by rank: most value at risk first (Relay cursor connection).";
        RankedConnectionFields.Add<WinBackCandidateEdgeType>(this, "candidates");
    }
}

internal sealed class WinBackCandidateEdgeType : ObjectGraphType<HistoryEdge<RankedNode>>
{
    public WinBackCandidateEdgeType()
    {
        Name = "WinBackCandidateEdge";
        Description = "A win-back candidate and the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(c => c.Source.Cursor).Description("Pass as after to read the candidates ranked below this one.");
        Field<NonNullGraphType<WinBackCandidateType>, RankedNode>("node").Resolve(c => c.Source.Node).Description("The candidate.");
    }
}
