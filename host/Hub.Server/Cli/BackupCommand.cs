using System.CommandLine;
using Hub.Core;
using Hub.Core.Storage;
using Hub.Server.Composition;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub backup FILE</c>: a consistent copy of the hub's database, taken while the hub keeps running.</summary>
public static class BackupCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to write the copy to; it must not exist yet" };
        var command = new Command("backup", "Copy the hub's database (customers, runs, schedules, keys) to FILE while the hub runs") { file };
        command.SetAction((parse, cancellationToken) => CommandRunner.GuardAsync(() =>
        {
            // Before the runner opens (and so creates) the database: backing up a folder without one is a mistake.
            var environment = GlobalOptions.Environment(parse);
            // PostgreSQL: the engine itself says how to back it up.
            if (!environment.Storage.IsPostgres && !File.Exists(environment.DatabasePath))
                throw new UserFacingException($"there is no hub database at '{environment.DatabasePath}' to back up: check --data-dir.");

            return CommandRunner.RunAsync(parse, async (services, ct) =>
            {
                var target = parse.GetValue(file)!.FullName;
                var size = await services.GetRequiredService<IHubDatabase>().BackupToAsync(target, ct);
                Console.WriteLine($"Backed up the hub's database to {target} ({size / 1024.0 / 1024.0:0.0} MiB, checked).");
                return 0;
            }, cancellationToken);
        }, cancellationToken));
        return command;
    }
}
