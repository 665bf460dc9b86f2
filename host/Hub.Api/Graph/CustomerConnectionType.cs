using GraphQL.Types;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

internal sealed class CustomerConnectionType : ObjectGraphType<CustomerPage>
{
    public CustomerConnectionType()
    {
        Name = "CustomerConnection";
        Description = "A page of customers (Relay cursor connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerEdgeType>>>, IEnumerable<CustomerEdge>>("edges")
            .Resolve(c => c.Source.Rows.Select(row => new CustomerEdge(row.Customer, c.Source.Cursor(row))))
            .Description("The customers on this page, each with its cursor.");
        Field<NonNullGraphType<PageInfoType>, IPageInfo>("pageInfo").Resolve(c => c.Source)
            .Description("Whether there are more pages, and the cursors to reach them.");
        // A resolver of its own, so the count query runs only when a client asks for it.
        Field<NonNullGraphType<IntGraphType>, int>("totalCount")
            .Description("How many customers the filter selects in all, across every page.")
            .ResolveAsync(async c => checked((int)await c.RequestServices!.GetRequiredService<ICustomerQueries>()
                .CountCustomersAsync(c.Source.Filter, c.CancellationToken).ConfigureAwait(false)));
    }
}
