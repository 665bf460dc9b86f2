using GraphQL.Types;

namespace Hub.Api.Graph.Mining;

internal sealed class KeyAccountConnectionType : ObjectGraphType<RankedPage>
{
    public KeyAccountConnectionType()
    {
        Name = "KeyAccountConnection";
        Description = "Key accounts of the current keyaccounts run, by rank (Relay cursor connection).";
        RankedConnectionFields.Add<KeyAccountEdgeType>(this, "key accounts");
    }
}

internal sealed class KeyAccountEdgeType : ObjectGraphType<HistoryEdge<RankedNode>>
{
    public KeyAccountEdgeType()
    {
        Name = "KeyAccountEdge";
        Description = "A key account and the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(c => c.Source.Cursor).Description("Pass as after to read the accounts ranked below this one.");
        Field<NonNullGraphType<KeyAccountType>, RankedNode>("node").Resolve(c => c.Source.Node).Description("The key account.");
    }
}
