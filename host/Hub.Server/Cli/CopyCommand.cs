using System.CommandLine;
using Hub.Core.Storage;
using Hub.Server.Copy;
using Hub.Server.Serving;
using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub copy --from sqlite:PATH --to postgres:CONNECTION</c>: moves an embedded hub into an empty PostgreSQL database,
/// checked table by table (counts and checksums) before it is committed. The source file is only read.
/// </summary>
public static class CopyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "The hub to copy: sqlite:PATH (its data dir or hub.db file), or sqlite for --data-dir's",
            Required = true,
        };
        var to = new Option<string>("--to")
        {
            Description = "An empty PostgreSQL database: postgres:\"Host=...;Database=...;Username=...\", or postgres for --connection's",
            Required = true,
        };
        var command = new Command("copy", "Copy an embedded hub into an empty PostgreSQL database, checking every table's count and checksum before committing") { from, to };
        command.SetAction((parse, cancellationToken) => CommandRunner.GuardAsync(async () =>
        {
            var sourcePath = CopyEndpoints.SourcePath(parse.GetValue(from)!, parse);
            var connection = CopyEndpoints.TargetConnection(parse.GetValue(to)!, parse);

            // Only the target's services: the full hub would open (and create) a database in the data dir.
            await using var services = new ServiceCollection().AddHubPostgresStorage(connection).BuildServiceProvider();
            var connections = services.GetRequiredService<PostgresConnectionFactory>();
            // The source first: a wrong path should not leave a migrated target behind.
            await using var source = await SqliteCopySource.OpenAsync(sourcePath, cancellationToken);
            if (ServeLock.IsHeld(Path.GetDirectoryName(sourcePath)!))
            {
                await Console.Error.WriteLineAsync(
                    "note: a hub is serving from the source; this copies it as it is now, and what it writes later is not copied: stop it before switching to PostgreSQL");
            }

            await services.GetRequiredService<IHubDatabase>().MigrateAsync(cancellationToken);
            await using var target = await PostgresCopyTarget.BeginAsync(connections, cancellationToken);
            var report = await ProgressDisplay.RunWithStatusAsync("hub copy", progress => new HubCopy(source, target, progress).RunAsync(cancellationToken));
            report.Print(Console.Out);
            if (report.Matches)
            {
                if (await PausedSchedules.NoteAsync(source, cancellationToken) is { } paused) await Console.Error.WriteLineAsync(paused);
                return 0;
            }

            await Console.Error.WriteLineAsync($"error: the copy does not match its source, so it was rolled back and {connections.Description} holds no hub data; please report it");
            return CommandRunner.UserError;
        }, cancellationToken));
        return command;
    }
}
