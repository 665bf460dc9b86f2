using System.CommandLine;
using Hub.Core;
using Hub.Server.Composition;
using Hub.Server.Serving;
using Hub.Storage.Sqlite;

namespace Hub.Server.Cli;

/// <summary><c>hub restore FILE</c>: puts a backup in place of the data dir's database, with the hub stopped.</summary>
public static class RestoreCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup written by 'hub backup'" };
        var command = new Command("restore", "Replace the data dir's database with a backup (the hub must be stopped; the replaced one is kept)") { file };
        command.SetAction((parse, cancellationToken) => CommandRunner.GuardAsync(() =>
        {
            var environment = GlobalOptions.Environment(parse);
            if (environment.Storage.IsPostgres)
                throw new UserFacingException("'hub restore' replaces the embedded SQLite database; a hub on PostgreSQL is restored with pg_restore from a pg_dump.");
            if (ServeLock.IsHeld(environment.DataDirectory))
                throw new UserFacingException($"a hub is serving {environment.DataDirectory}: stop 'hub serve' first; a restore never replaces the data of a running hub.");
            // Held while the files move, so that a hub starting meanwhile waits its turn instead of opening a half-restored dir.
            using var held = ServeLock.Acquire(environment.DataDirectory);
            var backup = parse.GetValue(file)!.FullName;
            var setAside = SqliteRestore.Restore(backup, environment.DatabasePath, DateTimeOffset.UtcNow);
            Console.WriteLine($"Restored {backup} as the hub's database in {environment.DataDirectory}.");
            if (setAside is not null) Console.WriteLine($"The database it replaced is kept as {setAside}; delete it once you are sure.");
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }
}
