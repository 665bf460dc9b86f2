namespace Hub.Core.Sync;

/// <summary>
/// What operators do to scheduled syncs: one implementation behind both <c>hub jobs</c>/<c>hub checkpoint</c> and the
/// GraphQL sync-control fields, so both behave alike. Mistakes (an unknown connector, a bad cron) are
/// <see cref="UserFacingException"/>s whose message says what to do.
/// </summary>
public interface ISyncControl
{
    /// <summary>Every configured connector's job, by connector id.</summary>
    Task<IReadOnlyList<SyncJobStatus>> ListJobsAsync(CancellationToken cancellationToken);

    /// <summary>One connector's job.</summary>
    Task<SyncJobStatus> GetJobAsync(string connectorId, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a sync of each connector now (all when <paramref name="connectorId"/> is null), scheduled or not; with
    /// <paramref name="full"/>, one that reads everything again instead of resuming from the checkpoint.
    /// </summary>
    Task<IReadOnlyList<SyncJobStatus>> TriggerAsync(string? connectorId, bool full, CancellationToken cancellationToken);

    /// <summary>
    /// Stops a connector's schedule from firing (every connector's when <paramref name="connectorId"/> is null, including
    /// connectors scheduled later, until everything is resumed). A running sync finishes.
    /// </summary>
    Task<IReadOnlyList<SyncJobStatus>> PauseAsync(string? connectorId, CancellationToken cancellationToken);

    /// <summary>Lets a paused schedule fire again (all when <paramref name="connectorId"/> is null).</summary>
    Task<IReadOnlyList<SyncJobStatus>> ResumeAsync(string? connectorId, CancellationToken cancellationToken);

    /// <summary>Gives a connector a new cron schedule: stored with the connector and in effect at once; a pause stays.</summary>
    Task<SyncJobStatus> SetScheduleAsync(string connectorId, string cron, CancellationToken cancellationToken);

    /// <summary>
    /// Sets a connector's checkpoint (<paramref name="value"/> null resets it, so the next sync reads from the start),
    /// audited with <paramref name="actor"/> and <paramref name="reason"/>. Waits, a bounded time, for a running sync of
    /// the connector to end first, and keeps the schedule from starting one meanwhile.
    /// </summary>
    Task<CheckpointChange> SetCheckpointAsync(string connectorId, string? value, string actor, string? reason, CancellationToken cancellationToken);
}
