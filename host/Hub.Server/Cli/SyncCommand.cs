using System.CommandLine;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Server.Composition;
using Hub.Server.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub sync CONNECTOR_ID [--full]</c>: in this process, or by the serving hub when one serves the data dir.</summary>
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
            await using var access = SyncControlAccess.Open(services.GetRequiredService<HubEnvironment>().DataDirectory, services);
            if (access.ThroughServingHub)
            {
                // Syncing here too would read the source twice at once and race the hub for the checkpoint.
                var served = await ProgressDisplay.RunAsync($"Syncing {connectorId} in the serving hub", progress =>
                    ServedSync.RunAsync(access.Control, services.GetRequiredService<IIngestStore>(), connectorId, parse.GetValue(full), progress, ct));
                return RunReport.Print(served, "Synced by the serving hub");
            }

            var run = await ProgressDisplay.RunAsync($"Syncing {connectorId}", progress =>
                services.GetRequiredService<ISyncRunner>().SyncAsync(connectorId, "cli", parse.GetValue(full), progress, ct));
            return RunReport.Print(run, "Synced");
        }, cancellationToken));
        return command;
    }
}
