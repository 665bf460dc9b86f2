using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hub.Scheduling;

/// <summary>
/// Makes the scheduler's mining job match <c>Hub:Mining:Schedule</c> when the hub starts: scheduled with that cron in the
/// scheduler's time zone, or removed when there is no schedule. The job store persists triggers, so a schedule taken out of
/// the configuration must be deleted, not merely not added.
/// </summary>
public sealed partial class MiningSchedule(
    ISchedulerFactory schedulerFactory, IOptions<SchedulingOptions> options, MiningScheduleSetting setting, ILogger<MiningSchedule> logger) : IHostedService
{
    private static readonly TriggerKey TriggerKey = new("mining", "mining");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (setting.QuartzCron is not { } cron)
        {
            if (await scheduler.DeleteJob(MiningJob.Key, cancellationToken)) LogRemoved();
            return;
        }

        var timeZone = SchedulingTimeZone.Find(options.Value.TimeZoneId);
        var job = JobBuilder.Create<MiningJob>().WithIdentity(MiningJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(TriggerKey)
            .ForJob(MiningJob.Key)
            // A firing missed while the hub was down runs once at start rather than not at all, like a connector's.
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(timeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        LogScheduled(cron, timeZone.Id);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Mining scheduled: '{Cron}' ({TimeZone})")]
    private partial void LogScheduled(string cron, string timeZone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mining schedule removed: miners run only on demand")]
    private partial void LogRemoved();
}

/// <summary>The mining schedule as configured, already checked and in Quartz's form; null for none.</summary>
public sealed record MiningScheduleSetting(string? QuartzCron)
{
    /// <summary>Reads a schedule as operators type it (standard or Quartz cron, <c>@daily</c>); null or blank for none.</summary>
    /// <exception cref="ArgumentException">when it is not a schedule, with what is wrong and examples.</exception>
    public static MiningScheduleSetting Parse(string? schedule)
    {
        if (string.IsNullOrWhiteSpace(schedule)) return new MiningScheduleSetting((string?)null);
        return CronSchedules.TryNormalize(schedule, out var cron, out var error)
            ? new MiningScheduleSetting(cron)
            : throw new ArgumentException($"Hub:Mining:Schedule: {error}");
    }
}
