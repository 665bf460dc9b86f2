using GraphQL.DataLoader;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Api.Graph;

/// <summary>
/// Loads the source records of customers in batches: every customer on a page asks for its records, and the
/// first answer awaited fetches all of them with one query. One instance per request, so results never leak
/// between callers and a later request sees fresh data.
/// </summary>
internal sealed class CustomerSourcesLoader
{
    private readonly ICustomerQueries _queries;
    private readonly Lock _gate = new();
    private HashSet<long> _pending = [];
    private readonly Dictionary<long, Lazy<Task<ILookup<long, StoredCustomerRecord>>>> _batches = [];

    public CustomerSourcesLoader(ICustomerQueries queries) => _queries = queries;

    /// <summary>Queues the customer; the returned result fetches the queue when first awaited.</summary>
    public IDataLoaderResult<IReadOnlyList<StoredCustomerRecord>> Load(long customerNumber)
    {
        lock (_gate)
        {
            if (!_batches.ContainsKey(customerNumber)) _pending.Add(customerNumber);
        }
        return new PendingSources<IReadOnlyList<StoredCustomerRecord>>(this, customerNumber, records => records);
    }

    /// <summary>Queues the customer like <see cref="Load(long)"/>, for a field worked out from the records (one batch serves both).</summary>
    public IDataLoaderResult<TResult> Load<TResult>(long customerNumber, Func<IReadOnlyList<StoredCustomerRecord>, TResult> pick)
    {
        lock (_gate)
        {
            if (!_batches.ContainsKey(customerNumber)) _pending.Add(customerNumber);
        }
        return new PendingSources<TResult>(this, customerNumber, pick);
    }

    private async Task<IReadOnlyList<StoredCustomerRecord>> GetAsync(long customerNumber, CancellationToken cancellationToken)
    {
        Lazy<Task<ILookup<long, StoredCustomerRecord>>> batch;
        lock (_gate)
        {
            if (!_batches.TryGetValue(customerNumber, out batch!))
            {
                var numbers = _pending;
                _pending = [];
                numbers.Add(customerNumber);
                // Lazy so the query starts outside the lock, exactly once, whoever awaits first.
                batch = new Lazy<Task<ILookup<long, StoredCustomerRecord>>>(
                    () => _queries.GetRecordsOfCustomersAsync(numbers, cancellationToken));
                foreach (var number in numbers) _batches[number] = batch;
            }
        }
        var records = await batch.Value.ConfigureAwait(false);
        return [.. records[customerNumber].OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.SourceId, StringComparer.Ordinal)];
    }

    private sealed class PendingSources<TResult>(CustomerSourcesLoader loader, long customerNumber, Func<IReadOnlyList<StoredCustomerRecord>, TResult> pick)
        : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            pick(await loader.GetAsync(customerNumber, cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
