using GraphQL.Types;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

internal sealed class OrderEdgeType : ObjectGraphType<HistoryEdge<StoredOrder>>
{
    public OrderEdgeType()
    {
        Name = "OrderEdge";
        Description = "An order in a connection, with the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>, string>("cursor").Resolve(c => c.Source.Cursor)
            .Description("Pass as after to read the older orders that follow this one.");
        Field<NonNullGraphType<OrderType>, StoredOrder>("node").Resolve(c => c.Source.Node).Description("The order.");
    }
}
