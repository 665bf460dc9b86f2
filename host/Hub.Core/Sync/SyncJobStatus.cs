using Hub.Core.Model;

namespace Hub.Core.Sync;

/// <summary>One connector's sync job as operators see it: its schedule, where it stands and how it last ran.</summary>
/// <param name="ConnectorId">The connector instance.</param>
/// <param name="PluginId">The plugin that reads for it.</param>
/// <param name="Cron">Its Quartz cron expression (seconds first), or null when it has no schedule.</param>
/// <param name="TimeZoneId">The time zone the cron is read in.</param>
/// <param name="State">Whether it fires, is paused, runs now or has no schedule.</param>
/// <param name="NextFireTime">When its schedule fires next; null without a schedule, or when it will not fire again.</param>
/// <param name="PreviousFireTime">When its schedule last fired; null when it never has.</param>
/// <param name="LastRun">Its most recent run, whatever started it; null when it never ran.</param>
public sealed record SyncJobStatus(
    string ConnectorId,
    string PluginId,
    string? Cron,
    string TimeZoneId,
    SyncJobState State,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime,
    SyncRun? LastRun);
