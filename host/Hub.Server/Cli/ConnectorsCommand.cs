using System.CommandLine;
using Hub.Core;
using Hub.Core.Storage;
using Hub.Pipeline.Connectors;
using Hub.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub connectors add|list|remove|check</c>.</summary>
public static class ConnectorsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("connectors", "Manage connector instances: which plugin syncs from where, on what schedule")
    {
        CreateAdd(), CreateList(), CreateRemove(), CreateCheck(),
    };

    private static Command CreateAdd()
    {
        var id = new Argument<string>("id") { Description = "A name for the instance, e.g. shop-eu; its records are stored under this source name" };
        var plugin = new Option<string>("--plugin") { Description = "The plugin that reads (see 'hub plugins')", Required = true };
        var schedule = new Option<string?>("--schedule") { Description = "When to sync: cron, e.g. '*/15 * * * *' or Quartz '0 0/15 * * * ?'" };
        var set = new Option<string[]>("--set") { Description = "A setting, key=value (repeatable)", AllowMultipleArgumentsPerToken = false };
        var command = new Command("add", "Add a connector instance") { id, plugin, schedule, set };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            string? cron = null;
            if (parse.GetValue(schedule) is { } text && !CronSchedules.TryNormalize(text, out cron, out var error))
                throw new UserFacingException($"--schedule: {error}");

            var instance = await services.GetRequiredService<ConnectorService>().AddAsync(
                parse.GetValue(id)!, parse.GetValue(plugin)!, cron, KeyValueArguments.Parse(parse.GetValue(set)), ct);
            Console.WriteLine($"Added connector '{instance.Id}' ({instance.PluginId}){(cron is null ? "; sync it with: hub sync " + instance.Id : $", scheduled '{cron}' while 'hub serve' runs")}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List connector instances (secrets are never shown)");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var all = await services.GetRequiredService<IConnectorStore>().ListAsync(ct);
            if (all.Count == 0)
            {
                Console.WriteLine("No connectors yet. Add one: hub connectors add ID --plugin PLUGIN --set key=value");
                return 0;
            }

            Console.WriteLine($"{"ID",-20} {"PLUGIN",-12} {"SCHEDULE",-22} SETTINGS");
            foreach (var c in all)
            {
                var settings = string.Join(" ", ConnectorService.Redacted(c).Select(s => $"{s.Key}={s.Value}"));
                Console.WriteLine($"{c.Id,-20} {c.PluginId,-12} {c.Schedule ?? "manual",-22} {settings}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<string>("id") { Description = "The instance to remove (its records and runs stay)" };
        var command = new Command("remove", "Remove a connector instance") { id };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var name = parse.GetValue(id)!;
            if (!await services.GetRequiredService<IConnectorStore>().RemoveAsync(name, ct))
                throw new UserFacingException($"there is no connector '{name}'; 'hub connectors list' shows the ones there are");
            Console.WriteLine($"Removed connector '{name}'; its records stay in the hub");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command CreateCheck()
    {
        var id = new Argument<string>("id") { Description = "The instance to check" };
        var command = new Command("check", "Check that a connector can reach its source, before the first sync") { id };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, async (services, ct) =>
        {
            var result = await services.GetRequiredService<ConnectorService>().CheckAsync(parse.GetValue(id)!, ct);
            if (result.Ok)
            {
                Console.WriteLine($"ok: {result.Message}");
                return 0;
            }

            await Console.Error.WriteLineAsync($"error: {result.Message}");
            return CommandRunner.UserError;
        }, cancellationToken));
        return command;
    }
}
