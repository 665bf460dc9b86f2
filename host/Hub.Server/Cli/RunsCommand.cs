using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub runs [--connector ID] [--limit N] [--json]</c>: recent syncs and imports with their counts.</summary>
public static class RunsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var connector = new Option<string?>("--connector") { Description = "Only runs of this connector" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var command = new Command("runs", "List recent syncs and imports: outcome, counts, errors") { connector, limit, json };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var runs = await services.GetRequiredService<IIngestStore>().ListRunsAsync(parse.GetValue(connector), parse.GetValue(limit), ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(runs, Json));
                return 0;
            }

            Console.WriteLine($"{"RUN",6} {"SOURCE",-16} {"TRIGGER",-9} {"STARTED (UTC)",-20} {"OUTCOME",-12} COUNTS");
            foreach (var run in runs)
            {
                var started = run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                Console.WriteLine($"{run.Id,6} {run.Source,-16} {run.Trigger,-9} {started,-20} {RunReport.Outcome(run.Outcome),-12} {RunReport.Counts(run.Counts)}");
                if (run.Error is not null) Console.WriteLine($"{"",6} {run.Error}");
                if (RunReport.Retries(run) is { } retries) Console.WriteLine($"{"",6} {retries}");
                if (run.ResolutionError is not null) Console.WriteLine($"{"",6} {run.ResolutionError}");
            }

            if (runs.Count == 0) Console.WriteLine("No runs yet.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
