using GraphQL.Types;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

internal sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in the whole list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").ResolveAsync(async c => await c.Source.HasNextPageAsync(c.CancellationToken).ConfigureAwait(false))
            .Description("Whether more items follow this page.");
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasPreviousPage").ResolveAsync(async c => await c.Source.HasPreviousPageAsync(c.CancellationToken).ConfigureAwait(false))
            .Description("Whether items come before this page.");
        Field<StringGraphType, string?>("startCursor")
            .Resolve(c => c.Source.StartCursor)
            .Description("The cursor of the first item on the page; null when the page is empty.");
        Field<StringGraphType, string?>("endCursor")
            .Resolve(c => c.Source.EndCursor)
            .Description("The cursor of the last item on the page; null when the page is empty.");
    }
}
