using GraphQL.Types;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

internal sealed class PageInfoType : ObjectGraphType<CustomerPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in the whole list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").Resolve(c => c.Source.HasNextPage)
            .Description("Whether more items follow this page.");
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasPreviousPage")
            .Description("Whether items come before this page.")
            .ResolveAsync(async c =>
            {
                if (c.Source.AfterNumber is not { } after) return false;
                // A cursor may point at a customer a later resolution merged away, so look, rather than assume.
                var first = await c.RequestServices!.GetRequiredService<ICustomerQueries>()
                    .ListCustomersAsync(null, 1, c.CancellationToken).ConfigureAwait(false);
                return first.Count > 0 && first[0].Number <= after;
            });
        Field<StringGraphType, string?>("startCursor")
            .Resolve(c => c.Source.Customers.Count == 0 ? null : CustomerCursor.Encode(c.Source.Customers[0].Number))
            .Description("The cursor of the first item on the page; null when the page is empty.");
        Field<StringGraphType, string?>("endCursor")
            .Resolve(c => c.Source.Customers.Count == 0 ? null : CustomerCursor.Encode(c.Source.Customers[^1].Number))
            .Description("The cursor of the last item on the page; null when the page is empty.");
    }
}
