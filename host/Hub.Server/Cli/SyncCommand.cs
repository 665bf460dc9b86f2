using System.CommandLine;
using Hub.Core.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub sync CONNECTOR_ID [--full]</c>.</summary>
public static class SyncCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("connector") { Description = "The connector instance to sync" };
        var full = new Option<bool>("--full") { Description = "Read everything again instead of resuming from the last checkpoint" };
        var command = new Command("sync", "Run one sync of a connector now, then resolve identities") { id, full };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var connectorId = parse.GetValue(id)!;
            var run = await ProgressDisplay.RunAsync($"Syncing {connectorId}", progress =>
                services.GetRequiredService<ISyncRunner>().SyncAsync(connectorId, "cli", parse.GetValue(full), progress, ct));
            return RunReport.Print(run, "Synced");
        }, cancellationToken));
        return command;
    }
}
