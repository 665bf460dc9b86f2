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
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").ResolveAsync(async c => await c.Source.HasNextPage(c.CancellationToken).ConfigureAwait(false))
            .Description("Whether more items follow this page.");
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasPreviousPage").ResolveAsync(async c => await c.Source.HasPreviousPage(c.CancellationToken).ConfigureAwait(false))
            .Description("Whether items come before this page.");
        Field<StringGraphType, string?>("startCursor")
            .Resolve(c => c.Source.Rows.Count == 0 ? null : c.Source.Cursor(c.Source.Rows[0]))
            .Description("The cursor of the first item on the page; null when the page is empty.");
        Field<StringGraphType, string?>("endCursor")
            .Resolve(c => c.Source.Rows.Count == 0 ? null : c.Source.Cursor(c.Source.Rows[^1]))
            .Description("The cursor of the last item on the page; null when the page is empty.");
    }
}
