using GraphQL.Types;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

internal sealed class InteractionConnectionType : ObjectGraphType<HistoryPage<StoredInteraction>>
{
    public InteractionConnectionType()
    {
        Name = "InteractionConnection";
        Description = "A page of a customer's interactions, newest first (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionEdgeType>>>, IEnumerable<HistoryEdge<StoredInteraction>>>("edges")
            .Resolve(c => c.Source.Items.Select(item => new HistoryEdge<StoredInteraction>(item, c.Source.Cursor(item))))
            .Description("The interactions on this page, each with its cursor.");
        Field<NonNullGraphType<PageInfoType>, IPageInfo>("pageInfo").Resolve(c => c.Source)
            .Description("Whether older interactions follow, and the cursor to reach them.");
        Field<NonNullGraphType<IntGraphType>, int>("totalCount").Resolve(c => checked((int)c.Source.TotalCount))
            .Description("How many interactions the customer has in all.");
    }
}
