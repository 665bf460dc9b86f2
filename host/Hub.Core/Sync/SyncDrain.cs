namespace Hub.Core.Sync;

/// <summary>
/// The hub's request that running syncs stop at their next checkpoint, made once when it shuts down. Unlike
/// cancellation, which abandons the batch in hand, a drained sync commits that batch first, so stopping the hub loses no
/// work the sync has already read and the next sync starts exactly where this one left off.
/// </summary>
public sealed class SyncDrain : IDisposable
{
    private readonly CancellationTokenSource _requested = new();

    /// <summary>Whether a drain was requested: a sync that sees it after a commit stops there.</summary>
    public bool IsRequested => _requested.IsCancellationRequested;

    /// <summary>
    /// Cancelled when a drain is requested, for work that has no checkpoint to reach and is safe to abandon, such as the
    /// identity resolution after a sync (its records are stored; the next resolution picks them up).
    /// </summary>
    public CancellationToken Token => _requested.Token;

    /// <summary>Asks every running sync to stop after its next commit. Cannot be undone: the hub is going away.</summary>
    public void Request() => _requested.Cancel();

    /// <inheritdoc />
    public void Dispose() => _requested.Dispose();
}
