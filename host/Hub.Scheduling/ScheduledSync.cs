namespace Hub.Scheduling;

/// <summary>One connector's schedule as the scheduler holds it.</summary>
/// <param name="ConnectorId">The connector instance.</param>
/// <param name="Cron">Its Quartz cron expression (seconds first).</param>
/// <param name="TimeZoneId">The time zone the cron is read in.</param>
/// <param name="NextFireTime">When it runs next, or null when it will not fire again.</param>
/// <param name="PreviousFireTime">When the scheduler last fired it, or null when it never has.</param>
/// <param name="State">Whether it fires, is paused, or is running.</param>
public sealed record ScheduledSync(
    string ConnectorId,
    string Cron,
    string TimeZoneId,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime,
    ScheduleState State);
