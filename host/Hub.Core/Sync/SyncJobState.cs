namespace Hub.Core.Sync;

/// <summary>Where a connector's sync job stands in the scheduler.</summary>
public enum SyncJobState
{
    /// <summary>Fires on its schedule.</summary>
    Normal,
    /// <summary>Paused by an operator: its schedule does not fire until resumed (a manual trigger still runs).</summary>
    Paused,
    /// <summary>A sync of it is running now; a firing that comes due waits for it.</summary>
    Running,
    /// <summary>No schedule: it syncs only when triggered.</summary>
    None,
    /// <summary>The scheduler could not fire it (e.g. the job could not be loaded); see the hub's log.</summary>
    Error,
}
