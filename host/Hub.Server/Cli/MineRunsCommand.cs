using System.CommandLine;
using System.Globalization;
using Hub.Core.Mining;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub mine runs [--miner NAME] [--limit N] [--json]</c>: mining runs, newest first, with their parameters. Reads only.</summary>
public static class MineRunsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var miner = new Option<string?>("--miner") { Description = "Only runs of this miner" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var command = new Command("runs", "List mining runs: miner, as-of day, outcome, counts and model parameters") { miner, limit, json };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var runs = await services.GetRequiredService<IMiningQueries>().ListRunsAsync(parse.GetValue(miner), Math.Max(parse.GetValue(limit), 0), ct);
            if (parse.GetValue(json))
            {
                CliJson.Print(runs);
                return 0;
            }

            Console.WriteLine($"{"RUN",6} {"MINER",-14} {"AS OF",-10} {"STARTED (UTC)",-19} {"OUTCOME",-10} {"SCORED",10} {"SERIES",8}");
            foreach (var run in runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{run.Id,6} {run.Miner,-14} {run.AsOf:yyyy-MM-dd} {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} {RunReport.Outcome(run.Outcome),-10} {run.Scores,10:N0} {run.Series,8:N0}"));
                if (run.Error is not null) Console.WriteLine($"{"",6} {run.Error}");
                if (run.Parameters.Count > 0)
                    Console.WriteLine($"{"",6} {string.Join(", ", run.Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value:G6}")))}");
            }

            if (runs.Count == 0) Console.WriteLine("No mining runs yet: 'hub mine' runs the miners.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
