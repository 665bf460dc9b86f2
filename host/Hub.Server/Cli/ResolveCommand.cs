using System.CommandLine;
using System.Globalization;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub resolve [--full]</c>.</summary>
public static class ResolveCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Reconsider every record, not only new and changed ones (a one-off command always does: only a running hub keeps the state that changes are resolved against)" };
        var retrain = new Option<bool>("--retrain") { Description = "Re-estimate the matching model from the records (with --full) and report how it moved" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what the current rules, threshold and decisions would merge and split, and change nothing" };
        var command = new Command("resolve", "Unify customer records from every source into customers") { full, retrain, dryRun };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            if (parse.GetValue(dryRun))
            {
                var preview = await services.GetRequiredService<ResolutionService>().PreviewAsync(ct);
                PreviewReport.Write(preview);
                return 0;
            }

            if (parse.GetValue(retrain) && !parse.GetValue(full))
            {
                await Console.Error.WriteLineAsync("error: --retrain re-estimates the model over every record; use it with --full");
                return 2;
            }

            var summary = await services.GetRequiredService<ResolutionService>().ResolveAsync(parse.GetValue(full), ct, parse.GetValue(retrain));
            foreach (var line in summary.Report) Console.WriteLine(line);
            Console.WriteLine(summary.Incremental
                ? string.Create(CultureInfo.InvariantCulture, $"Resolved {summary.Records:N0} changed customer records, reaching {summary.Customers:N0} customers, in {summary.Elapsed.TotalSeconds:0.00} s")
                : string.Create(CultureInfo.InvariantCulture, $"Resolved {summary.Records:N0} customer records into {summary.Customers:N0} customers in {summary.Elapsed.TotalSeconds:0.00} s"));
            return 0;
        }, cancellationToken));
        return command;
    }
}
