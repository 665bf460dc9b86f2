using Hub.Core.Model;
using Hub.Core.Storage.Customers;

namespace Hub.Core.Storage;

/// <summary>Reads of unified customers for the API, exports and summaries.</summary>
public interface ICustomerQueries
{
    /// <summary>How many customers there are.</summary>
    Task<long> CountCustomersAsync(CancellationToken cancellationToken);

    /// <summary>How many customer source records there are (deleted ones excluded).</summary>
    Task<long> CountCustomerRecordsAsync(CancellationToken cancellationToken);

    /// <summary>Customers in customer-number order: up to <paramref name="limit"/> after <paramref name="afterNumber"/> (keyset paging).</summary>
    Task<IReadOnlyList<GoldenCustomer>> ListCustomersAsync(long? afterNumber, int limit, CancellationToken cancellationToken);

    /// <summary>How many customers the filter selects (all of them when it is null).</summary>
    Task<long> CountCustomersAsync(CustomerFilter? filter, CancellationToken cancellationToken);

    /// <summary>A keyset page of customers, filtered and ordered, with each one's position for continuing from it.</summary>
    Task<IReadOnlyList<CustomerRow>> FindCustomersAsync(CustomerQuery query, CancellationToken cancellationToken);

    /// <summary>Customers, their orders and revenue per currency, grouped by the dimensions, for the customers the filter selects.</summary>
    Task<IReadOnlyList<StatsRow>> StatsAsync(IReadOnlyList<StatsDimension> groupBy, CustomerFilter? filter, CancellationToken cancellationToken);

    /// <summary>One customer, or null.</summary>
    Task<GoldenCustomer?> GetCustomerAsync(long number, CancellationToken cancellationToken);

    /// <summary>The source records of several customers at once (for batched loading), keyed by customer number.</summary>
    Task<ILookup<long, StoredCustomerRecord>> GetRecordsOfCustomersAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken);

    /// <summary>
    /// The orders of several customers at once (for batched loading): of each customer, the first <see cref="HistoryQuery.Limit"/>
    /// newest first (after <see cref="HistoryQuery.After"/>), and how many orders each has in all. An order belongs to the
    /// customer of the (not deleted) source record it names.
    /// </summary>
    Task<CustomerHistory<StoredOrder>> GetOrdersOfCustomersAsync(IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken);

    /// <summary>The interactions of several customers at once, as <see cref="GetOrdersOfCustomersAsync"/> reads orders.</summary>
    Task<CustomerHistory<StoredInteraction>> GetInteractionsOfCustomersAsync(IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken);

    /// <summary>The identity links kept inside several customers at once (for batched loading), strongest first, keyed by customer number.</summary>
    Task<ILookup<long, StoredLink>> GetLinksOfCustomersAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken);

    /// <summary>Every source record with its customer, in (source, source id) order; records not yet resolved are left out.</summary>
    IAsyncEnumerable<ClusterRow> ReadClustersAsync(CancellationToken cancellationToken);

    /// <summary>Customer records per source, most first.</summary>
    Task<IReadOnlyList<SourceCount>> CountRecordsBySourceAsync(CancellationToken cancellationToken);

    /// <summary>How many orders there are, and how many of them are attached to a known customer record.</summary>
    Task<(long Orders, long Attached)> CountOrdersAsync(CancellationToken cancellationToken);
}
