using System.CommandLine;
using Hub.Core.Storage;
using Hub.Server.Composition;
using Hub.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary>
/// <c>hub migrate</c>: creates or upgrades the hub's schema and says so. Every command migrates on its way in; this one does
/// only that, so an operator can upgrade a shared PostgreSQL database before starting the nodes of a new version.
/// </summary>
public static class MigrateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the hub's database schema (SQLite file or PostgreSQL database) and print what was applied");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var database = services.GetRequiredService<IHubDatabase>();
            var before = (await database.ListAppliedMigrationsAsync(ct)).Count;
            await database.MigrateAsync(ct);
            var after = (await database.ListAppliedMigrationsAsync(ct)).Count;
            var where = services.GetRequiredService<HubEnvironment>().Storage.IsPostgres
                ? services.GetRequiredService<PostgresConnectionFactory>().Description
                : services.GetRequiredService<HubEnvironment>().DatabasePath;
            Console.WriteLine($"engine {database.Engine}, database {where}: applied {after - before} migration script(s) now, {after} in all.");
            return 0;
        }, migrate: false, cancellationToken));
        return command;
    }
}
