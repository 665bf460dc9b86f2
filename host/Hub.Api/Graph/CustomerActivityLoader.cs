using System.Collections.Concurrent;
using GraphQL.DataLoader;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

/// <summary>
/// Loads customers' orders, interactions and match evidence in batches, one store call per field for a whole page.
/// Customers asking with the same page arguments share a batch (in a page they all do); other arguments form their own.
/// One instance per request, like <see cref="CustomerSourcesLoader"/>.
/// </summary>
internal sealed class CustomerActivityLoader(ICustomerQueries queries)
{
    private readonly ConcurrentDictionary<HistoryQuery, CustomerBatch<CustomerHistory<StoredOrder>>> _orders = new();
    private readonly ConcurrentDictionary<HistoryQuery, CustomerBatch<CustomerHistory<StoredInteraction>>> _interactions = new();
    private readonly CustomerBatch<ILookup<long, StoredLink>> _links = new(queries.GetLinksOfCustomersAsync);

    public IDataLoaderResult<HistoryPage<StoredOrder>> Orders(long customerNumber, HistoryPaging paging) =>
        _orders.GetOrAdd(paging.Query, query => new((numbers, ct) => queries.GetOrdersOfCustomersAsync(numbers, query, ct)))
            .Load(customerNumber, history => paging.Page(history, customerNumber, o => o.Position));

    public IDataLoaderResult<HistoryPage<StoredInteraction>> Interactions(long customerNumber, HistoryPaging paging) =>
        _interactions.GetOrAdd(paging.Query, query => new((numbers, ct) => queries.GetInteractionsOfCustomersAsync(numbers, query, ct)))
            .Load(customerNumber, history => paging.Page(history, customerNumber, i => i.Position));

    public IDataLoaderResult<IReadOnlyList<StoredLink>> Links(long customerNumber) =>
        _links.Load(customerNumber, links => (IReadOnlyList<StoredLink>)[.. links[customerNumber]]);
}
