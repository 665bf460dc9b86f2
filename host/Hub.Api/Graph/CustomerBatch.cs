using GraphQL.DataLoader;

namespace Hub.Api.Graph;

/// <summary>
/// One batched read for many customers: every <see cref="Load{TResult}"/> queues a customer, and the first result awaited
/// fetches the whole queue with one call, as <see cref="CustomerSourcesLoader"/> does for sources. Customers queued after
/// that form the next batch.
/// </summary>
internal sealed class CustomerBatch<T>(Func<IReadOnlyCollection<long>, CancellationToken, Task<T>> fetch)
{
    private readonly Lock _gate = new();
    private HashSet<long> _pending = [];
    private readonly Dictionary<long, Lazy<Task<T>>> _batches = [];

    /// <summary>Queues the customer; the result picks its part out of the batch it lands in.</summary>
    public IDataLoaderResult<TResult> Load<TResult>(long customerNumber, Func<T, TResult> pick)
    {
        lock (_gate)
        {
            if (!_batches.ContainsKey(customerNumber)) _pending.Add(customerNumber);
        }
        return new Pending<TResult>(this, customerNumber, pick);
    }

    private async Task<T> GetAsync(long customerNumber, CancellationToken cancellationToken)
    {
        Lazy<Task<T>> batch;
        lock (_gate)
        {
            if (!_batches.TryGetValue(customerNumber, out batch!))
            {
                var numbers = _pending;
                _pending = [];
                numbers.Add(customerNumber);
                // Lazy so the query starts outside the lock, exactly once, whoever awaits first.
                batch = new Lazy<Task<T>>(() => fetch(numbers, cancellationToken));
                foreach (var number in numbers) _batches[number] = batch;
            }
        }
        return await batch.Value.ConfigureAwait(false);
    }

    private sealed class Pending<TResult>(CustomerBatch<T> batch, long customerNumber, Func<T, TResult> pick) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            pick(await batch.GetAsync(customerNumber, cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
