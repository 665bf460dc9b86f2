using GraphQL.Types;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

internal sealed class InteractionEdgeType : ObjectGraphType<HistoryEdge<StoredInteraction>>
{
    public InteractionEdgeType()
    {
        Name = "InteractionEdge";
        Description = "An interaction in a connection, with the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(c => c.Source.Cursor)
            .Description("Pass as after to read the older interactions that follow this one.");
        Field<NonNullGraphType<InteractionType>, StoredInteraction>("node").Resolve(c => c.Source.Node).Description("The interaction.");
    }
}
