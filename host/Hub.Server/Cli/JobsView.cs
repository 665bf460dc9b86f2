using System.Globalization;
using Hub.Core.Model;
using Hub.Core.Sync;

namespace Hub.Server.Cli;

/// <summary>How sync jobs are printed for people.</summary>
public static class JobsView
{
    /// <summary>One line per job: state, schedule, next and previous firing, last run.</summary>
    public static void Print(IReadOnlyList<SyncJobStatus> jobs)
    {
        if (jobs.Count == 0)
        {
            Console.WriteLine("No connectors yet. Add one: hub connectors add ID --plugin PLUGIN --schedule CRON");
            return;
        }

        Console.WriteLine($"{"CONNECTOR",-20} {"STATE",-8} {"SCHEDULE",-22} {"NEXT (UTC)",-19} {"PREVIOUS (UTC)",-19} LAST RUN");
        foreach (var job in jobs)
        {
            Console.WriteLine($"{job.ConnectorId,-20} {job.State.ToString().ToLowerInvariant(),-8} {job.Cron ?? "manual",-22} {Time(job.NextFireTime),-19} {Time(job.PreviousFireTime),-19} {LastRun(job.LastRun)}");
        }
    }

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";

    private static string LastRun(SyncRun? run) => run is null
        ? "never"
        : $"run {run.Id} {run.Outcome.ToString().ToLowerInvariant()} at {Time(run.StartedAt)} ({run.Counts.Read:N0} read)";
}
