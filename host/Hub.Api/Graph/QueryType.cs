using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hub.Api.Graph.Mining;
using Hub.Api.Graph.Sync;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

internal sealed class QueryType : ObjectGraphType
{
    private const int ErasureLogPage = 50;
    private const int ErasureLogMax = 500;

    public QueryType()
    {
        Name = "Query";

        Field<NonNullGraphType<CustomerConnectionType>, CustomerPage>("customers")
            .Description($"Customers, a page at a time ({CustomersConnection.DefaultPageSize} by default, at most {CustomersConnection.MaxPageSize}), " +
                "filtered and ordered as asked (by customer id when no order is given). A Relay cursor connection: first/after read forward, last/before backward.")
            .Argument<IntGraphType>("first", $"How many customers to return from the start (or after the cursor); {CustomersConnection.DefaultPageSize} when neither first nor last is given, at most {CustomersConnection.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Return the customers after this cursor (an edge's cursor or pageInfo.endCursor).")
            .Argument<IntGraphType>("last", $"How many customers to return from the end (or before the cursor), at most {CustomersConnection.MaxPageSize}.")
            .Argument<StringGraphType>("before", "Return the customers before this cursor (an edge's cursor or pageInfo.startCursor).")
            .Argument<CustomerFilterType>("filter", "Which customers to return; all when left out.")
            .Argument<ListGraphType<NonNullGraphType<CustomerOrderType>>>("orderBy", "The order, key by key; the customer id breaks ties. By customer id when left out.")
            .ResolveAsync(CustomersConnection.ResolveAsync);

        CustomerStatsField.Add(this);
        SyncQueryFields.Add(this);
        MiningQueryFields.Add(this);

        Field<CustomerType, GoldenCustomer>("customer")
            .Description("One customer by id (cus_N); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The customer's id, e.g. cus_42.")
            .ResolveAsync(c => FindCustomerAsync(c.GetArgument<string>("id"), c));

        Field<NodeInterface, object>("node")
            .Description("Any object by its global id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global id.")
            .ResolveAsync(async c => await FindCustomerAsync(c.GetArgument<string>("id"), c).ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErasureType>>>, IReadOnlyList<Erasure>>("erasures")
            .Description("The erasure log (forgetCustomer, 'hub forget'), newest first; for admin keys. It holds no personal data.")
            .RequireRole(ApiRole.Admin)
            .Argument<IntGraphType>("first", $"How many, newest first; {ErasureLogPage} when left out, at most {ErasureLogMax}.")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument("first", ErasureLogPage);
                if (first is < 1 or > ErasureLogMax) throw ApiErrors.BadInput($"first must be between 1 and {ErasureLogMax}, not {first}.");
                return await c.RequestServices!.GetRequiredService<IErasureStore>().ListAsync(first, c.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PluginType>>>, IReadOnlyList<PluginInfo>>("plugins")
            .Description("Every plugin the hub found, loaded or not.")
            .Resolve(c => c.RequestServices!.GetRequiredService<IPluginCatalog>().Plugins);
    }

    private static async Task<GoldenCustomer?> FindCustomerAsync(string? id, IResolveFieldContext context)
    {
        // Ids of other node types, or ids that were never valid, are simply not found: the spec of node(id) is null, not an error.
        if (!CustomerId.TryParse(id, out var number)) return null;
        return await context.RequestServices!.GetRequiredService<ICustomerQueries>()
            .GetCustomerAsync(number, context.CancellationToken).ConfigureAwait(false);
    }
}
