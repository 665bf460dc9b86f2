using System.CommandLine;
using Hub.Core.Plugins;
using Hub.PluginLoading;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Cli;

/// <summary><c>hub plugins</c>: every plugin found, and why a plugin is not loaded.</summary>
public static class PluginsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("plugins", "List plugins: loaded, faulted or incompatible, with the reason");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, (services, _) =>
        {
            var catalog = services.GetRequiredService<IPluginCatalog>();
            Console.WriteLine($"Hub.Contracts {PluginCatalogLoader.ContractsVersion.ToString(3)}");
            Console.WriteLine($"{"ID",-14} {"VERSION",-9} {"STATUS",-13} {"WHERE",-10} MESSAGE");
            foreach (var p in catalog.Plugins)
                Console.WriteLine($"{p.Id,-14} {p.Version ?? "?",-9} {p.Status.ToString().ToLowerInvariant(),-13} {p.Location.ToString().ToLowerInvariant(),-10} {p.Message}");
            if (catalog.Plugins.Count == 0) Console.WriteLine("(no plugins found)");
            return Task.FromResult(0);
        }, cancellationToken));
        return command;
    }
}
