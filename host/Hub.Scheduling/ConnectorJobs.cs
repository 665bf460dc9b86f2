using Quartz;

namespace Hub.Scheduling;

/// <summary>
/// The names connector syncs have in the scheduler. Public so callers that pause, resume or trigger a sync address the
/// same job and trigger the reconciler maintains.
/// </summary>
public static class ConnectorJobs
{
    /// <summary>The job and trigger group every connector sync lives in.</summary>
    public const string Group = "connectors";

    /// <summary>The prefix of a sync job's (and its cron trigger's) name; the connector id follows it.</summary>
    public const string NamePrefix = "sync:";

    /// <summary>The job data entry holding the connector id.</summary>
    public const string ConnectorIdKey = "connectorId";

    /// <summary>
    /// The trigger data entry that names what started a run; absent means <c>schedule</c>. Lets an on-demand firing
    /// (<c>TriggerJob</c>) be recorded as <c>api</c> while still being kept from overlapping a scheduled run.
    /// </summary>
    public const string TriggerKindKey = "trigger";

    /// <summary>The trigger data key saying a sync started on demand reads everything again (<c>triggerSync(full: true)</c>).</summary>
    public const string FullKey = "full";

    /// <summary>The trigger kind of a run an operator started (GraphQL <c>triggerSync</c>, <c>hub jobs trigger</c>).</summary>
    public const string ApiTrigger = "api";

    /// <summary>
    /// The trigger kind of a run that takes over the work of a node that died mid-sync: in a cluster, another node fires
    /// the job again once the dead one misses its check-ins, and the sync resumes from the last committed checkpoint.
    /// </summary>
    public const string RecoveryTrigger = "recovery";

    /// <summary>The sync job of a connector.</summary>
    public static JobKey JobKeyFor(string connectorId) => new(NamePrefix + connectorId, Group);

    /// <summary>The cron trigger of a connector's sync job.</summary>
    public static TriggerKey TriggerKeyFor(string connectorId) => new(NamePrefix + connectorId, Group);

    /// <summary>The connector id a sync job or trigger name carries, or null for a name that is not one of ours.</summary>
    public static string? ConnectorIdFrom(string keyName) =>
        keyName.StartsWith(NamePrefix, StringComparison.Ordinal) && keyName.Length > NamePrefix.Length
            ? keyName[NamePrefix.Length..]
            : null;
}
