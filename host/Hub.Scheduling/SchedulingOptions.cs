namespace Hub.Scheduling;

/// <summary>How the hub schedules connector syncs.</summary>
public sealed class SchedulingOptions
{
    /// <summary>
    /// How often the schedules are matched against the configured connectors, so a connector added or changed with the
    /// CLI while the hub runs is picked up without a restart.
    /// </summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How late a sync may start before it counts as missed; a missed sync runs once as soon as it can.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The time zone cron schedules are read in, as a system time zone id (IANA or Windows).</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>
    /// How long setting a checkpoint waits for a running sync of the connector to end before it refuses (the sync would
    /// overwrite the checkpoint with its next batch).
    /// </summary>
    public TimeSpan CheckpointWaitTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a stopping hub waits for running syncs to reach their next checkpoint before it cancels them. The
    /// host's own shutdown timeout is set above it.
    /// </summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// With PostgreSQL (several nodes): how often each node records in the database that it is alive. Shorter intervals
    /// find a dead node sooner, at the cost of a write per node per interval.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>
    /// With PostgreSQL: how long past a missed check-in the other nodes wait before they take a node for dead and
    /// recover its syncs (which resume from their last committed checkpoint).
    /// </summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>
    /// Set by the hub, not by configuration: whether the scheduler is one node of a cluster, so that a sync a dead node
    /// was running is run again by another (Quartz's RequestsRecovery).
    /// </summary>
    public bool Clustered { get; set; }

    /// <summary>How often those waits look whether the sync has ended.</summary>
    public TimeSpan CheckpointWaitPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
