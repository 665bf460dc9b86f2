using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Tests;

/// <summary>Passes every read to the real store, noting batched loads in the <see cref="QueryLog"/>.</summary>
public sealed class CountingCustomerQueries(ICustomerQueries inner, QueryLog log) : ICustomerQueries
{
    public Task<long> CountCustomersAsync(CancellationToken cancellationToken)
    {
        log.NoteCount();
        return inner.CountCustomersAsync(cancellationToken);
    }

    public Task<long> CountCustomersAsync(CustomerFilter? filter, CancellationToken cancellationToken)
    {
        log.NoteCount();
        return inner.CountCustomersAsync(filter, cancellationToken);
    }

    public Task<IReadOnlyList<CustomerRow>> FindCustomersAsync(CustomerQuery query, CancellationToken cancellationToken)
    {
        log.Pages.Enqueue(query);
        return inner.FindCustomersAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<StatsRow>> StatsAsync(IReadOnlyList<StatsDimension> groupBy, CustomerFilter? filter, CancellationToken cancellationToken) =>
        inner.StatsAsync(groupBy, filter, cancellationToken);

    public Task<long> CountCustomerRecordsAsync(CancellationToken cancellationToken) => inner.CountCustomerRecordsAsync(cancellationToken);

    public Task<IReadOnlyList<GoldenCustomer>> ListCustomersAsync(long? afterNumber, int limit, CancellationToken cancellationToken) =>
        inner.ListCustomersAsync(afterNumber, limit, cancellationToken);

    public Task<GoldenCustomer?> GetCustomerAsync(long number, CancellationToken cancellationToken) =>
        number == QueryLog.FailingCustomerNumber
            ? throw new InvalidOperationException(QueryLog.SecretFailureDetail)
            : inner.GetCustomerAsync(number, cancellationToken);

    public Task<ILookup<long, StoredCustomerRecord>> GetRecordsOfCustomersAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        log.RecordBatches.Enqueue([.. numbers]);
        return inner.GetRecordsOfCustomersAsync(numbers, cancellationToken);
    }

    public Task<CustomerHistory<StoredOrder>> GetOrdersOfCustomersAsync(IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken)
    {
        log.ActivityBatches.Enqueue(("orders", [.. numbers]));
        return inner.GetOrdersOfCustomersAsync(numbers, query, cancellationToken);
    }

    public Task<CustomerHistory<StoredInteraction>> GetInteractionsOfCustomersAsync(
        IReadOnlyCollection<long> numbers, HistoryQuery query, CancellationToken cancellationToken)
    {
        log.ActivityBatches.Enqueue(("interactions", [.. numbers]));
        return inner.GetInteractionsOfCustomersAsync(numbers, query, cancellationToken);
    }

    public Task<ILookup<long, StoredLink>> GetLinksOfCustomersAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        log.ActivityBatches.Enqueue(("links", [.. numbers]));
        return inner.GetLinksOfCustomersAsync(numbers, cancellationToken);
    }

    public IAsyncEnumerable<ClusterRow> ReadClustersAsync(CancellationToken cancellationToken) => inner.ReadClustersAsync(cancellationToken);

    public Task<IReadOnlyList<SourceCount>> CountRecordsBySourceAsync(CancellationToken cancellationToken) => inner.CountRecordsBySourceAsync(cancellationToken);

    public Task<(long Orders, long Attached)> CountOrdersAsync(CancellationToken cancellationToken) => inner.CountOrdersAsync(cancellationToken);
}
