using System.Reflection;
using Hub.Contracts;
using Hub.Core.Plugins;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;

namespace Hub.PluginLoading;

/// <summary>
/// Loads every plugin under the given folders, each into its own load context. A plugin that cannot be
/// loaded is reported as faulted or incompatible and the others carry on: one bad plugin never stops the hub.
/// </summary>
public static class PluginCatalogLoader
{
    // Types the host and plugins must agree on; sharing them keeps Hub.Contracts and the logging abstractions
    // one assembly for both sides, so a plugin's IHubPlugin is the host's IHubPlugin.
    private static readonly Type[] SharedTypes = [typeof(IHubPlugin), typeof(ILogger)];

    /// <summary>The contracts version this hub provides.</summary>
    public static Version ContractsVersion { get; } = typeof(IHubPlugin).Assembly.GetName().Version ?? new Version(0, 0);

    /// <summary>Loads the plugins of every folder, in order; a later plugin with an id already loaded is refused.</summary>
    public static PluginCatalog Load(IEnumerable<PluginFolder> folders, ILogger logger)
    {
        var infos = new List<PluginInfo>();
        var connectors = new Dictionary<string, IConnector>(StringComparer.Ordinal);
        var miners = new List<(string PluginId, IMiner Miner)>();

        foreach (var folder in folders.Where(f => Directory.Exists(f.Path)))
        {
            foreach (var pluginDirectory in Directory.GetDirectories(folder.Path).Order(StringComparer.Ordinal))
            {
                var info = LoadOne(pluginDirectory, folder.Location, infos, out var registry);
                if (info.Status == PluginStatus.Loaded && registry is not null)
                {
                    if (registry.Connector is not null) connectors[info.Id] = registry.Connector;
                    miners.AddRange(registry.Miners.Select(m => (info.Id, m)));
                    logger.LogInformation("Plugin {PluginId} {Version} loaded from {Location} plugins", info.Id, info.Version, info.Location);
                }
                else
                {
                    logger.LogWarning("Plugin {PluginId} is {Status}: {Message}", info.Id, info.Status, info.Message);
                }

                infos.Add(info);
            }
        }

        return new PluginCatalog(infos.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(), connectors, miners);
    }

    private static PluginInfo LoadOne(string directory, PluginLocation location, List<PluginInfo> loadedSoFar, out PluginRegistry? registry)
    {
        registry = null;
        var folderName = Path.GetFileName(directory);
        var manifestPath = Path.Combine(directory, PluginManifest.FileName);
        if (!File.Exists(manifestPath))
            return new PluginInfo(folderName, null, null, PluginStatus.Faulted, $"no {PluginManifest.FileName} in the plugin folder '{folderName}'", location);

        PluginManifest manifest;
        try
        {
            manifest = PluginManifest.Read(manifestPath);
        }
        catch (PluginLoadException ex)
        {
            return new PluginInfo(folderName, null, null, PluginStatus.Faulted, ex.Message, location);
        }

        var id = manifest.Id!;
        PluginInfo Info(PluginStatus status, string? message) => new(id, manifest.Version, manifest.ContractsVersion, status, message, location);

        if (loadedSoFar.Any(p => p.Id == id && p.Status == PluginStatus.Loaded))
            return Info(PluginStatus.Faulted, $"a plugin with id '{id}' is already loaded; remove one of the two folders");

        if (ContractsCompatibility.Check(manifest.ContractsVersion!, ContractsVersion) is { } incompatibility)
            return Info(PluginStatus.Incompatible, incompatibility);

        var assemblyPath = Path.GetFullPath(Path.Combine(directory, manifest.EntryAssembly!));
        if (!File.Exists(assemblyPath))
            return Info(PluginStatus.Faulted, $"entry assembly '{manifest.EntryAssembly}' not found in the plugin folder");

        try
        {
            var plugin = CreatePlugin(assemblyPath);
            var candidate = new PluginRegistry(id);
            plugin.Register(candidate);
            registry = candidate;
            return Info(PluginStatus.Loaded, manifest.Description);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            return Info(PluginStatus.Faulted, cause is PluginLoadException ? cause.Message : $"{cause.GetType().Name}: {cause.Message}");
        }
    }

    private static IHubPlugin CreatePlugin(string assemblyPath)
    {
        // Only the contracts (and what their types expose, such as ILogger) are shared with the hub; everything else the
        // plugin ships loads in its own context, even where the hub has another version of the same library: preferring
        // the hub's copies would hand a plugin built on Quartz 3 the hub's Quartz 4, whose API differs.
        var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = false);
        var assembly = loader.LoadDefaultAssembly();
        var entryTypes = assembly.GetTypes()
            .Where(t => typeof(IHubPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();
        return entryTypes.Count switch
        {
            1 => (IHubPlugin)Activator.CreateInstance(entryTypes[0])!,
            0 => throw new PluginLoadException($"{Path.GetFileName(assemblyPath)} has no public class implementing IHubPlugin"),
            _ => throw new PluginLoadException($"{Path.GetFileName(assemblyPath)} has {entryTypes.Count} IHubPlugin classes; a plugin has exactly one"),
        };
    }
}
