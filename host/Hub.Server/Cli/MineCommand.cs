using System.CommandLine;
using System.Globalization;
using Hub.Core.Model;
using Hub.Mining;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub mine [--as-of YYYY-MM-DD] [--miner NAME]</c>: runs the miners now, one line per mining run;
/// <c>hub mine runs [--miner NAME] [--limit N] [--json]</c>: the mining runs with their parameters.
/// </summary>
public static class MineCommand
{
    /// <summary>Exit code for a mistake in the command line (a bad date, an unknown miner).</summary>
    private const int UsageError = 2;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var asOf = new Option<string?>("--as-of") { Description = "Compute as of the end of this day (UTC, YYYY-MM-DD), ignoring later data, e.g. for a backtest; default today" };
        var miner = new Option<string?>("--miner") { Description = "Run only this miner (as 'hub mine runs' names them)" };
        var command = new Command("mine", "Run the mining plugins' miners over the unified customers now") { asOf, miner, MineRunsCommand.Create() };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            DateOnly? day = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"error: --as-of: '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31");
                    return UsageError;
                }

                day = parsed;
            }

            var mining = services.GetRequiredService<MiningService>();
            var name = parse.GetValue(miner);
            if (name is not null && !mining.MinerNames.Contains(name, StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync("error: " + mining.UnknownMiner(name));
                return UsageError;
            }

            var results = await mining.RunAsync(new MiningRequest(day, name, "cli"), ct);
            if (results.Count == 0) Console.WriteLine("No miners to run: no loaded plugin registers one ('hub plugins' shows the plugins and their status).");
            foreach (var result in results) Console.WriteLine(Line(result));
            return results.Any(r => r.Run.Outcome != RunOutcome.Succeeded) ? CommandRunner.UserError : 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>One line for a finished run: what <c>hub mine</c> and <c>hub demo</c> print.</summary>
    public static string Line(MiningResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var run = result.Run;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{run.Miner,-14} run {run.Id,-5} {RunReport.Outcome(run.Outcome),-10} {run.Scores,12:N0} customers scored  {result.Duration.TotalSeconds,6:0.0} s");
        return run.Error is null ? line : $"{line}\n{"",14} {run.Error}";
    }
}
