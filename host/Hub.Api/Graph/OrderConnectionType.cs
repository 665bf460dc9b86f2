using GraphQL.Types;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

internal sealed class OrderConnectionType : ObjectGraphType<HistoryPage<StoredOrder>>
{
    public OrderConnectionType()
    {
        Name = "OrderConnection";
        Description = "A page of a customer's orders, newest first (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderEdgeType>>>, IEnumerable<HistoryEdge<StoredOrder>>>("edges")
            .Resolve(c => c.Source.Items.Select(item => new HistoryEdge<StoredOrder>(item, c.Source.Cursor(item))))
            .Description("The orders on this page, each with its cursor.");
        Field<NonNullGraphType<PageInfoType>, IPageInfo>("pageInfo").Resolve(c => c.Source)
            .Description("Whether older orders follow, and the cursor to reach them.");
        Field<NonNullGraphType<IntGraphType>, int>("totalCount").Resolve(c => checked((int)c.Source.TotalCount))
            .Description("How many orders the customer has in all.");
    }
}
