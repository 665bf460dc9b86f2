namespace Hub.Core.Sync;

/// <summary>
/// The hub's request that running syncs stop at their next checkpoint, made once when it shuts down. Unlike
/// cancellation, which abandons the batch in hand, a drained sync commits that batch first, so stopping the hub loses no
/// work the sync has already read and the next sync starts exactly where this one left off.
/// </summary>
public sealed class SyncDrain
{
    private volatile bool _requested;

    /// <summary>Whether a drain was requested: a sync that sees it after a commit stops there.</summary>
    public bool IsRequested => _requested;

    /// <summary>Asks every running sync to stop after its next commit. Cannot be undone: the hub is going away.</summary>
    public void Request() => _requested = true;
}
