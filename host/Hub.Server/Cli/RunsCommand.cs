using System.CommandLine;
using System.Globalization;
using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Runs;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub runs [--connector ID] [--outcome O] [--limit N] [--json]</c>: recent syncs and imports with their counts;
/// <c>hub runs show RUN_ID [--json]</c>: one run with its duration, error and quarantined input. Reads only, so safe
/// beside a serving hub.
/// </summary>
public static class RunsCommand
{
    private const int QuarantineShown = 10;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var connector = new Option<string?>("--connector") { Description = "Only runs of this connector" };
        var outcome = new Option<string?>("--outcome") { Description = "Only runs that ended so: running, succeeded, failed, cancelled, interrupted" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var command = new Command("runs", "List recent syncs and imports: outcome, counts, errors") { connector, outcome, limit, json, CreateShow() };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var query = new RunQuery(parse.GetValue(connector), OutcomeNamed(parse.GetValue(outcome)), null, parse.GetValue(limit));
            var runs = await services.GetRequiredService<IRunQueries>().ListRunsAsync(query, ct);
            if (parse.GetValue(json))
            {
                CliJson.Print(runs);
                return 0;
            }

            Console.WriteLine($"{"RUN",6} {"SOURCE",-16} {"TRIGGER",-9} {"STARTED (UTC)",-20} {"OUTCOME",-12} COUNTS");
            foreach (var run in runs)
            {
                Console.WriteLine($"{run.Id,6} {run.Source,-16} {run.Trigger,-9} {Time(run.StartedAt),-20} {RunReport.Outcome(run.Outcome),-12} {RunReport.Counts(run.Counts)}");
                if (run.Error is not null) Console.WriteLine($"{"",6} {run.Error}");
                if (RunReport.Retries(run) is { } retries) Console.WriteLine($"{"",6} {retries}");
                if (run.ResolutionError is not null) Console.WriteLine($"{"",6} {run.ResolutionError}");
            }

            if (runs.Count == 0) Console.WriteLine("No runs yet.");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command CreateShow()
    {
        var id = new Argument<long>("run-id") { Description = "The run, as 'hub runs' lists it" };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var command = new Command("show", "Show one run: counts, duration, error and the input it quarantined") { id, json };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var runId = parse.GetValue(id);
            var run = await services.GetRequiredService<IIngestStore>().GetRunAsync(runId, ct)
                ?? throw new UserFacingException($"there is no run {runId}; 'hub runs' lists the recent ones");
            var quarantined = await services.GetRequiredService<IRunQueries>().ListQuarantinedAsync(runId, QuarantineShown, ct);
            var duration = (run.FinishedAt - run.StartedAt)?.TotalSeconds;
            if (parse.GetValue(json))
            {
                CliJson.Print(new { run, durationSeconds = duration, quarantined });
                return 0;
            }

            Console.WriteLine($"run {run.Id}: {RunReport.Outcome(run.Outcome)}");
            Console.WriteLine($"  connector  {run.ConnectorId ?? "-"} (source {run.Source}, started by {run.Trigger})");
            Console.WriteLine($"  node       {run.Node ?? "-"}{(run.Outcome == RunOutcome.Running && run.HeartbeatAt is { } beat ? $" (alive at {Time(beat)} UTC)" : "")}");
            Console.WriteLine($"  started    {Time(run.StartedAt)} UTC");
            Console.WriteLine($"  finished   {(run.FinishedAt is { } end ? Time(end) + " UTC" : "- (still running)")}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  duration   {(duration is { } seconds ? $"{seconds:0.0} s" : "-")}"));
            Console.WriteLine($"  counts     {RunReport.Counts(run.Counts)}");
            Console.WriteLine($"  error      {run.Error ?? "-"}");
            if (RunReport.Retries(run) is { } retries) Console.WriteLine($"  retries    {retries}");
            if (run.ResolutionError is not null) Console.WriteLine($"  resolution {run.ResolutionError}");
            foreach (var item in quarantined) Console.WriteLine($"  quarantined {item.Position ?? item.Stream}: {item.Reason}");
            if (run.Counts.Quarantined > quarantined.Count)
                Console.WriteLine($"  ... {run.Counts.Quarantined - quarantined.Count:N0} more: hub quarantine list --source {run.Source}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static RunOutcome? OutcomeNamed(string? name) =>
        name is null ? null
        : Enum.TryParse<RunOutcome>(name, ignoreCase: true, out var outcome) && !int.TryParse(name, CultureInfo.InvariantCulture, out _) ? outcome
        : throw new UserFacingException($"--outcome: '{name}' is not an outcome; use one of {string.Join(", ", Enum.GetNames<RunOutcome>().Select(n => n.ToLowerInvariant()))}");

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
