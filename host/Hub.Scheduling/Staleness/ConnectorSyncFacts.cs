using Hub.Core.Model;

namespace Hub.Scheduling.Staleness;

/// <summary>What the staleness rule needs to know about one connector.</summary>
/// <param name="ConnectorId">The connector.</param>
/// <param name="Cron">Its Quartz cron schedule, or null when it syncs only when triggered.</param>
/// <param name="Paused">Whether an operator paused its schedule.</param>
/// <param name="CreatedAt">When it was added: a new connector gets its first intervals before it can be stale.</param>
/// <param name="LastSucceededAt">When its last successful sync finished, or null when none has.</param>
/// <param name="LastFailure">Its latest run that ended without success after that, if any: why it is stale.</param>
public sealed record ConnectorSyncFacts(
    string ConnectorId,
    string? Cron,
    bool Paused,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSucceededAt,
    SyncRun? LastFailure);
