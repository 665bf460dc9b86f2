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
    public static PluginCatalog Load(IEnumerable<PluginFolder> folders, ILogger logger, PluginLoadOptions? options = null)
    {
        var catalog = new PluginCatalog(logger, options ?? PluginLoadOptions.Default);
        foreach (var folder in folders.Where(f => Directory.Exists(f.Path)))
        {
            foreach (var pluginDirectory in Directory.GetDirectories(folder.Path).Order(StringComparer.Ordinal))
            {
                catalog.Add(pluginDirectory, folder.Location);
            }
        }

        return catalog;
    }

    /// <summary>
    /// Loads the plugin in <paramref name="directory"/>; <paramref name="others"/> are the other folders' plugins, whose ids
    /// it may not take; <paramref name="fingerprint"/> is the folder's, when the caller has taken it already. The slot has no
    /// loaded version when the plugin is faulted or incompatible.
    /// </summary>
    internal static PluginSlot LoadOne(string directory, PluginLocation location, IEnumerable<PluginSlot> others, PluginLoadOptions options, string? fingerprint = null)
    {
        fingerprint ??= PluginFingerprint.Of(directory);
        PluginSlot Failed(PluginInfo info) => new(directory, location, info, null, fingerprint);
        var folderName = Path.GetFileName(directory);
        var manifestPath = Path.Combine(directory, PluginManifest.FileName);
        if (!File.Exists(manifestPath))
            return Failed(new PluginInfo(folderName, null, null, PluginStatus.Faulted, $"no {PluginManifest.FileName} in the plugin folder '{folderName}'", location));

        PluginManifest manifest;
        try
        {
            manifest = PluginManifest.Read(manifestPath);
        }
        catch (PluginLoadException ex)
        {
            return Failed(new PluginInfo(folderName, null, null, PluginStatus.Faulted, ex.Message, location));
        }

        var id = manifest.Id!;
        PluginInfo Info(PluginStatus status, string? message) => new(id, manifest.Version, manifest.ContractsVersion, status, message, location);

        if (others.Any(p => p.Info.Id == id && p.Loaded is not null))
            return Failed(Info(PluginStatus.Faulted, $"a plugin with id '{id}' is already loaded; remove one of the two folders"));

        if (ContractsCompatibility.Check(manifest.ContractsVersion!, ContractsVersion) is { } incompatibility)
            return Failed(Info(PluginStatus.Incompatible, incompatibility));

        var assemblyPath = Path.GetFullPath(Path.Combine(directory, manifest.EntryAssembly!));
        if (!File.Exists(assemblyPath))
            return Failed(Info(PluginStatus.Faulted, $"entry assembly '{manifest.EntryAssembly}' not found in the plugin folder"));

        PluginLoader? loader = null;
        try
        {
            loader = CreateLoader(assemblyPath, options);
            var registry = new PluginRegistry(id);
            CreatePlugin(loader, assemblyPath).Register(registry);
            return new PluginSlot(directory, location, Info(PluginStatus.Loaded, manifest.Description), new LoadedPlugin(loader, registry), fingerprint);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            loader?.Dispose();
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            return Failed(Info(PluginStatus.Faulted, cause is PluginLoadException ? cause.Message : $"{cause.GetType().Name}: {cause.Message}"));
        }
    }

    // Only the contracts (and what their types expose, such as ILogger) are shared with the hub; everything else the
    // plugin ships loads in its own context, even where the hub has another version of the same library: preferring
    // the hub's copies would hand a plugin built on Quartz 3 the hub's Quartz 4, whose API differs.
    private static PluginLoader CreateLoader(string assemblyPath, PluginLoadOptions options) =>
        PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config =>
        {
            config.PreferSharedTypes = false;
            config.IsUnloadable = options.Replaceable;
            // Read into memory rather than mapped: a rebuild then overwrites the files without touching the running version.
            config.LoadInMemory = options.Replaceable;
        });

    private static IHubPlugin CreatePlugin(PluginLoader loader, string assemblyPath)
    {
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
