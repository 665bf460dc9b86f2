using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

internal sealed class QueryType : ObjectGraphType
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public QueryType()
    {
        Name = "Query";

        Field<NonNullGraphType<CustomerConnectionType>, CustomerPage>("customers")
            .Description($"Every customer in customer-id order, a page at a time: {DefaultPageSize} by default, at most {MaxPageSize}.")
            .Argument<IntGraphType>("first", $"How many customers to return ({DefaultPageSize} when left out, at most {MaxPageSize}).")
            .Argument<StringGraphType>("after", "Return the customers after this cursor (an edge's cursor or pageInfo.endCursor).")
            .ResolveAsync(ResolveCustomersAsync);

        Field<CustomerType, GoldenCustomer>("customer")
            .Description("One customer by id (cus_N); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The customer's id, e.g. cus_42.")
            .ResolveAsync(c => FindCustomerAsync(c.GetArgument<string>("id"), c));

        Field<NodeInterface, object>("node")
            .Description("Any object by its global id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global id.")
            .ResolveAsync(async c => await FindCustomerAsync(c.GetArgument<string>("id"), c).ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PluginType>>>, IReadOnlyList<PluginInfo>>("plugins")
            .Description("Every plugin the hub found, loaded or not.")
            .Resolve(c => c.RequestServices!.GetRequiredService<IPluginCatalog>().Plugins);
    }

    private static async Task<CustomerPage?> ResolveCustomersAsync(IResolveFieldContext<object?> context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first < 0)
            throw ApiErrors.BadInput($"first must be between 0 and {MaxPageSize}, not {first.ToString(CultureInfo.InvariantCulture)}.");
        if (first > MaxPageSize)
            throw ApiErrors.BadInput($"first may be at most {MaxPageSize} (the maximum page size); ask for {MaxPageSize} or fewer and follow pageInfo.endCursor for the rest.");

        long? after = null;
        var cursor = context.GetArgument<string?>("after");
        if (cursor is not null)
        {
            if (!CustomerCursor.TryDecode(cursor, out var number))
                throw ApiErrors.BadInput($"after: '{Truncate(cursor)}' is not a cursor of this connection; use an edge's cursor or pageInfo.endCursor from an earlier page, or leave after out to start at the beginning.");
            after = number;
        }

        var queries = context.RequestServices!.GetRequiredService<ICustomerQueries>();
        // One row more than asked tells whether a next page exists without a count query.
        var rows = await queries.ListCustomersAsync(after, first + 1, context.CancellationToken).ConfigureAwait(false);
        var hasNext = rows.Count > first;
        return new CustomerPage(hasNext ? [.. rows.Take(first)] : rows, hasNext, after);
    }

    private static async Task<GoldenCustomer?> FindCustomerAsync(string? id, IResolveFieldContext context)
    {
        // Ids of other node types, or ids that were never valid, are simply not found: the spec of node(id) is null, not an error.
        if (!CustomerId.TryParse(id, out var number)) return null;
        return await context.RequestServices!.GetRequiredService<ICustomerQueries>()
            .GetCustomerAsync(number, context.CancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
