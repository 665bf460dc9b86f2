using System.Globalization;
using Hub.Core.Model;

namespace Hub.Server.Cli;

/// <summary>How a finished run is told to the user.</summary>
public static class RunReport
{
    /// <summary>
    /// One line of counts, e.g. "1,000 read: 990 new, 0 updated, 0 unchanged, 3 warned, 10 quarantined"; records of erased
    /// people left out are added ("..., 2 suppressed") only when there were any, since nearly every run has none.
    /// </summary>
    public static string Counts(RunCounts counts) => string.Create(CultureInfo.InvariantCulture,
        $"{counts.Read:N0} read: {counts.Inserted:N0} new, {counts.Updated:N0} updated, {counts.Unchanged:N0} unchanged, {counts.Warned:N0} warned, {counts.Quarantined:N0} quarantined")
        + (counts.Suppressed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {counts.Suppressed:N0} suppressed") : "");

    /// <summary>Prints the run and returns the exit code: 0 when it succeeded (quarantined rows do not fail it).</summary>
    public static int Print(SyncRun run, string what)
    {
        var elapsed = ((run.FinishedAt ?? DateTimeOffset.UtcNow) - run.StartedAt).TotalSeconds;
        if (run.Outcome == RunOutcome.Succeeded)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what} into source '{run.Source}' (run {run.Id}, {elapsed:0.0} s): {Counts(run.Counts)}"));
            if (run.Counts.Quarantined > 0)
                Console.WriteLine($"{run.Counts.Quarantined:N0} rows were kept in quarantine with their reasons: hub quarantine list --source {run.Source}");
            if (run.Counts.Suppressed > 0)
                Console.WriteLine($"{run.Counts.Suppressed:N0} rows belong to erased people and were left out (hub erasures)");
            if (Retries(run) is { } retries) Console.WriteLine(retries);
            // The sync's data is stored, so the command succeeded; the resolution's failure is still worth a warning.
            if (run.ResolutionError is not null) Console.Error.WriteLine($"warning: {run.ResolutionError}");
            return 0;
        }

        Console.Error.WriteLine($"error: {what} {Outcome(run.Outcome)} (run {run.Id}): {run.Error}");
        if (run.Counts.Read > 0) Console.Error.WriteLine($"kept before it stopped: {Counts(run.Counts)}");
        return CommandRunner.UserError;
    }

    /// <summary>The outcome as users read it: <c>succeeded</c>, <c>failed</c>, <c>timed out</c>...</summary>
    public static string Outcome(RunOutcome outcome) => outcome == RunOutcome.TimedOut ? "timed out" : outcome.ToString().ToLowerInvariant();

    /// <summary>E.g. "retried 2 times after transient failures; the last: HTTP 503 ...", or null for a run never retried.</summary>
    public static string? Retries(SyncRun run) => run.Retries switch
    {
        0 => null,
        1 => $"retried once after a transient failure: {run.RetryError}",
        _ => $"retried {run.Retries} times after transient failures; the last: {run.RetryError}",
    };
}
