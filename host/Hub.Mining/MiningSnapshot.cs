using System.Diagnostics;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Hub.Core.Mining;

namespace Hub.Mining;

/// <summary>
/// Every customer's activity as of a day, read from the store once and handed to every miner of a <c>hub mine</c>: the
/// merged read is the expensive part, and reading it once per miner would multiply it. Miners do not wait for the whole
/// read: each reads the customers read so far and waits at the end of them for more, so the first miners compute while
/// the store is still being read. A miner that starts later replays the customers from the first.
/// </summary>
internal sealed class MiningSnapshot
{
    // Customers are published in batches, each an array that never changes once added, so readers only take the lock to
    // learn how many batches there are.
    private const int BatchSize = 4_096;

    private readonly List<CustomerActivity[]> _batches = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _more = NewSignal();
    private bool _complete;

    private MiningSnapshot(DateOnly asOf) => AsOf = asOf;

    public DateOnly AsOf { get; }

    /// <summary>Completes with the number of customers and the time the read took once it has ended; faults as the read did.</summary>
    public Task<(long Customers, TimeSpan Elapsed)> Loaded { get; private set; } = null!;

    /// <summary>Starts reading the snapshot in the background and returns it at once.</summary>
    public static MiningSnapshot Start(IMiningActivitySource source, DateOnly asOf, CancellationToken cancellationToken)
    {
        var snapshot = new MiningSnapshot(asOf);
        snapshot.Loaded = Task.Run(() => snapshot.LoadAsync(source, cancellationToken), cancellationToken);
        // A read that never starts (cancelled at once) must still release the readers.
        snapshot.Loaded.ContinueWith(snapshot.End, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return snapshot;
    }

    /// <summary>Every customer, in the order the store gave them, as soon as each has been read.</summary>
    /// <exception cref="Exception">whatever ended the read early, when it failed or was cancelled.</exception>
    public async IAsyncEnumerable<CustomerActivity> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = 0;
        while (true)
        {
            CustomerActivity[]? batch = null;
            Task more;
            bool complete;
            lock (_gate)
            {
                if (next < _batches.Count) batch = _batches[next++];
                more = _more.Task;
                complete = _complete;
            }

            if (batch is not null)
            {
                foreach (var customer in batch)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return customer;
                }

                continue;
            }

            if (complete)
            {
                // Rethrows what ended the read when it did not run to its end; nothing when it did.
                await Loaded.ConfigureAwait(false);
                yield break;
            }

            await more.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(long, TimeSpan)> LoadAsync(IMiningActivitySource source, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        long count = 0;
        var batch = new List<CustomerActivity>(BatchSize);
        await foreach (var customer in source.ReadAsync(AsOf, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(customer);
            count++;
            if (batch.Count == BatchSize)
            {
                Publish([.. batch]);
                batch.Clear();
            }
        }

        if (batch.Count > 0) Publish([.. batch]);
        return (count, watch.Elapsed);
    }

    private void Publish(CustomerActivity[] batch)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _batches.Add(batch);
            signal = _more;
            _more = NewSignal();
        }

        signal.SetResult();
    }

    private void End(Task read)
    {
        // Readers rethrow a failure through Loaded; reading it here keeps it from counting as unobserved when none is left.
        _ = read.Exception;
        TaskCompletionSource signal;
        lock (_gate)
        {
            _complete = true;
            signal = _more;
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
