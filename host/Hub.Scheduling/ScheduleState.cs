namespace Hub.Scheduling;

/// <summary>Where a connector's schedule stands.</summary>
public enum ScheduleState
{
    /// <summary>Fires on its cron.</summary>
    Normal,
    /// <summary>Paused by an operator: it does not fire until resumed.</summary>
    Paused,
    /// <summary>A run is in progress; the next firing waits for it.</summary>
    Running,
    /// <summary>The scheduler could not fire it (e.g. the job could not be loaded); see the hub's log.</summary>
    Error,
}
