using System.CommandLine;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub decisions</c>: the identity decision log, oldest first.</summary>
public static class DecisionsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("decisions", "List the identity decision log: merges, splits and overrides, who made them and why");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var log = await services.GetRequiredService<IDecisionStore>().ListAsync(ct);
            if (log.Count == 0) Console.WriteLine("No identity decisions yet ('hub merge', 'hub split', 'hub customer set' make them).");
            foreach (var d in log)
            {
                var what = d.Kind switch
                {
                    DecisionKind.Merge => $"merge {string.Join(", ", d.Records)}",
                    DecisionKind.Split => $"split {string.Join(", ", d.Records)} from {string.Join(", ", d.Apart)}",
                    DecisionKind.Override => $"set {d.Field}={d.Value ?? "(erased)"} on {(d.CustomerNumber is { } n ? CustomerId.Format(n) : "?")}",
                    _ => $"clear {d.Field} on {(d.CustomerNumber is { } c ? CustomerId.Format(c) : "?")}",
                };
                Console.WriteLine($"#{d.Id} {d.At:yyyy-MM-dd HH:mm} {d.Actor}: {what} — {d.Reason}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
