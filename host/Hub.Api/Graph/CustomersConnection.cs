using System.Globalization;
using GraphQL;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

/// <summary>
/// The <c>customers</c> connection, by the Relay Cursor Connections spec: <c>first</c>/<c>after</c> forward,
/// <c>last</c>/<c>before</c> backward (both may be given), keyset cursors that stay valid as customers come and go,
/// <c>filter</c> and <c>orderBy</c> applied in the store.
/// </summary>
internal static class CustomersConnection
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static Task<CustomerPage?> ResolveAsync(IResolveFieldContext<object?> context) => ResolveAsync(context, null);

    /// <summary>The connection over the customers <paramref name="scope"/> selects (e.g. a segment's members), the filter argument, if any, within them.</summary>
    public static async Task<CustomerPage?> ResolveAsync(IResolveFieldContext context, CustomerFilter? scope)
    {
        var filter = CustomerArguments.Filter(context.GetArgument<Dictionary<string, object?>?>("filter"), context);
        if (scope is not null) filter = filter is null ? scope : new AllOf([scope, filter]);
        var order = CustomerArguments.Order(context.GetArgument<List<object?>?>("orderBy"), context);
        var first = PageSize(context, "first");
        var last = PageSize(context, "last");
        if (first is null && last is null) first = DefaultPageSize;
        var after = Position(context, "after", order);
        var before = Position(context, "before", order);
        var queries = context.RequestServices!.GetRequiredService<ICustomerQueries>();

        // Whether any customer lies beyond a position in one direction: asked only when a client wants to know.
        Func<CancellationToken, Task<bool>> Beyond(CustomerPosition? position, bool backward) => async cancellationToken =>
            position is not null
            && (await queries.FindCustomersAsync(new CustomerQuery(filter, order, position, backward, 1), cancellationToken).ConfigureAwait(false)).Count > 0;

        if (first is { } count)
        {
            // One row more than asked tells whether a next page exists without a count query.
            var rows = await queries.FindCustomersAsync(new CustomerQuery(filter, order, after, false, count + 1) { Until = before }, context.CancellationToken)
                .ConfigureAwait(false);
            var page = rows.Take(count).ToList();
            var dropped = last is { } tail && page.Count > tail ? page.Count - tail : 0;
            page = page.Skip(dropped).ToList();
            var hasNext = rows.Count > count;
            return new CustomerPage(page, order, _ => Task.FromResult(hasNext),
                dropped > 0 ? _ => Task.FromResult(true) : after is null ? _ => Task.FromResult(false) : Beyond(page.Count > 0 ? page[0].Position : after, true),
                filter);
        }

        var size = last!.Value;
        var backward = await queries.FindCustomersAsync(new CustomerQuery(filter, order, before, true, size + 1) { Until = after }, context.CancellationToken)
            .ConfigureAwait(false);
        var hasPrevious = backward.Count > size;
        var rowsInOrder = backward.Take(size).Reverse().ToList();
        return new CustomerPage(rowsInOrder, order,
            before is null ? _ => Task.FromResult(false) : Beyond(rowsInOrder.Count > 0 ? rowsInOrder[^1].Position : before, false),
            _ => Task.FromResult(hasPrevious), filter);
    }

    internal static int? PageSize(IResolveFieldContext context, string name)
    {
        if (context.GetArgument<int?>(name) is not { } size) return null;
        if (size < 0)
            throw ApiErrors.BadInput($"{name} must be between 0 and {MaxPageSize}, not {size.ToString(CultureInfo.InvariantCulture)}.");
        if (size > MaxPageSize)
            throw ApiErrors.BadInput($"{name} may be at most {MaxPageSize} (the maximum page size); ask for {MaxPageSize} or fewer and follow the page's cursors for the rest.");
        return size;
    }

    private static CustomerPosition? Position(IResolveFieldContext context, string name, IReadOnlyList<CustomerOrder> order)
    {
        var cursor = context.GetArgument<string?>(name);
        if (cursor is null) return null;
        return CustomerCursor.Decode(cursor, order, out var otherOrdering) ?? throw ApiErrors.BadInput(otherOrdering
            ? $"{name}: this cursor comes from a page with another orderBy; cursors only work with the ordering they were made under. Send the same orderBy as that page, or leave {name} out to start again."
            : $"{name}: '{Truncate(cursor)}' is not a cursor of this connection; use an edge's cursor or pageInfo's startCursor/endCursor from an earlier page, or leave {name} out to start at the beginning.");
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
