using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Hub.Core.Plugins;
using Hub.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.PluginLoading.Tests;

/// <summary>
/// Loading a plugin folder again while the hub runs, with the real files plugin copied from its build: a version that loads
/// replaces the old one, whose load context goes once the last run holding it lets go; one that does not load leaves the old
/// one running and says why.
/// </summary>
public sealed partial class PluginReloadTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hub-reload-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void A_new_version_replaces_the_old_whose_running_sync_is_told_and_whose_context_is_unloaded_once_it_lets_go()
    {
        var folder = InstallFiles();
        var catalog = LoadReplaceable();
        var run = HeldRun.OfConnector(catalog, "files");

        SetVersion(folder, "1.1.0");
        var info = catalog.Reload(folder, PluginLocation.Installed);

        Assert.Equal(("1.1.0", PluginStatus.Loaded, null), (info!.Version, info.Status, info.ReloadError));
        Assert.Equal("1.1.0", Assert.Single(catalog.Plugins).Version);
        Assert.True(run.ToldToStop, "the run holding the old version was not told to stop at its checkpoint");
        Assert.False(run.UsesContextOf(catalog.FindConnector("files")!), "the new version loaded into the old one's context");
        Assert.False(run.UnloadBegun, "the old version was unloaded while a run still held it");

        var oldContext = run.End();
        Assert.True(run.UnloadBegun && Unloaded(oldContext), "the old version's load context was not unloaded after the last run let go of it");
    }

    [Fact]
    public void A_miner_running_when_its_plugin_is_replaced_keeps_its_version_loaded_until_its_run_ends()
    {
        var folder = Install("testminer", "tests/plugins/Hub.TestPlugins.Miner");
        var catalog = LoadReplaceable();
        var run = HeldRun.OfMiner(catalog);

        SetVersion(folder, "1.1.0");
        catalog.Reload(folder, PluginLocation.Installed);

        Assert.Equal("1.1.0", Assert.Single(catalog.Plugins).Version);
        Assert.False(run.UsesContextOf(catalog.Miners[0]), "the new version loaded into the old one's context");
        Assert.False(run.UnloadBegun, "the old version was unloaded while its miner was still running");

        var oldContext = run.End();
        Assert.True(run.UnloadBegun && Unloaded(oldContext), "the old version's load context was not unloaded after its mining run ended");
    }

    [Fact]
    public void A_broken_rebuild_is_refused_with_its_reason_and_the_old_version_keeps_running()
    {
        var folder = InstallFiles();
        var catalog = LoadReplaceable();
        var before = catalog.FindConnector("files");
        using var lease = catalog.LeaseConnector("files")!;

        File.WriteAllText(Path.Combine(folder, "plugin.json"),
            """{ "id": "files", "version": "2.0.0", "contractsVersion": "1.0.0", "entryAssembly": "Hub.Plugins.Files2.dll" }""");
        catalog.Reload(folder, PluginLocation.Installed);

        var shown = Assert.Single(catalog.Plugins);
        Assert.Equal((PluginStatus.Loaded, "1.0.0"), (shown.Status, shown.Version));
        Assert.Matches("version 2.0.0 .*'Hub.Plugins.Files2.dll' not found.*1.0.0 keeps running", shown.ReloadError);
        Assert.Same(before, catalog.FindConnector("files"));
        Assert.False(lease.Replaced.IsCancellationRequested, "a refused rebuild stopped the running sync");

        // Fixed: the next change loads, and the error is gone.
        SetVersion(folder, "2.0.1", entryAssembly: "Hub.Plugins.Files.dll");
        catalog.Reload(folder, PluginLocation.Installed);
        Assert.Equal(("2.0.1", null), (catalog.Plugins[0].Version, catalog.Plugins[0].ReloadError));
    }

    [Fact]
    public void A_plugin_folder_added_while_running_is_loaded_and_one_removed_is_dropped()
    {
        var catalog = LoadReplaceable();
        Assert.Empty(catalog.Plugins);

        var folder = InstallFiles();
        Assert.Equal(PluginStatus.Loaded, catalog.Reload(folder, PluginLocation.Installed)!.Status);
        Assert.NotNull(catalog.FindConnector("files"));
        using var lease = catalog.LeaseConnector("files")!;

        Directory.Delete(folder, recursive: true);
        Assert.Null(catalog.Reload(folder, PluginLocation.Installed));
        Assert.Empty(catalog.Plugins);
        Assert.Null(catalog.FindConnector("files"));
        Assert.True(lease.Replaced.IsCancellationRequested);
    }

    [Fact]
    public void An_unchanged_folder_is_not_loaded_again()
    {
        var folder = InstallFiles();
        var catalog = LoadReplaceable();
        using var lease = catalog.LeaseConnector("files")!;

        catalog.Reload(folder, PluginLocation.Installed);

        Assert.Same(lease.Connector, catalog.FindConnector("files"));
        Assert.False(lease.Replaced.IsCancellationRequested);
    }

    [Fact]
    public void Plugins_loaded_to_stay_cannot_be_reloaded()
    {
        var folder = InstallFiles();
        var catalog = PluginCatalogLoader.Load([new PluginFolder(_root, PluginLocation.Installed)], NullLogger.Instance);

        Assert.Throws<InvalidOperationException>(() => catalog.Reload(folder, PluginLocation.Installed));
    }

    [Fact]
    public async Task The_watcher_loads_a_rebuilt_plugin_once_its_folder_is_quiet()
    {
        var folder = InstallFiles();
        var catalog = LoadReplaceable();
        await using var watcher = PluginFolderWatcher.Start(catalog, [new PluginFolder(_root, PluginLocation.Installed)], TimeSpan.FromMilliseconds(300), NullLogger.Instance);

        SetVersion(folder, "1.2.0");

        for (var waited = 0; waited < 100 && catalog.Plugins[0].Version != "1.2.0"; waited++) await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Equal(("1.2.0", PluginStatus.Loaded), (catalog.Plugins[0].Version, catalog.Plugins[0].Status));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private PluginCatalog LoadReplaceable() =>
        PluginCatalogLoader.Load([new PluginFolder(_root, PluginLocation.Installed)], NullLogger.Instance, new PluginLoadOptions(Replaceable: true));

    private string InstallFiles() => Install("files", "plugins/Hub.Plugins.Files");

    private string Install(string folderName, string project)
    {
        var target = Directory.CreateDirectory(Path.Combine(_root, folderName)).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.OutputOf(project))) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        SetVersion(target, "1.0.0");
        return target;
    }

    private static void SetVersion(string folder, string version, string? entryAssembly = null)
    {
        var manifest = Path.Combine(folder, "plugin.json");
        var text = VersionField().Replace(File.ReadAllText(manifest), $"\"version\": \"{version}\"");
        if (entryAssembly is not null) text = EntryAssemblyField().Replace(text, $"\"entryAssembly\": \"{entryAssembly}\"");
        File.WriteAllText(manifest, text);
    }

    // A sync or mining run holding a version of a plugin, by its connector's lease or its miner's hold. Its methods are
    // not inlined, so no reference to the old version's types lingers on the test's own stack once the run has ended.
    private sealed class HeldRun
    {
        private IDisposable? _held;
        private object? _contribution;

        private HeldRun(IDisposable held, object contribution, CancellationToken replaced)
        {
            (_held, _contribution, Replaced) = (held, contribution, replaced);
            var context = AssemblyLoadContext.GetLoadContext(contribution.GetType().Assembly)!;
            context.Unloading += _ => UnloadBegun = true;
            OldContext = new WeakReference(context);
        }

        public WeakReference OldContext { get; }

        /// <summary>Whether the old version's context has begun to unload.</summary>
        public bool UnloadBegun { get; private set; }

        private CancellationToken Replaced { get; }

        public bool ToldToStop => Replaced.IsCancellationRequested;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static HeldRun OfConnector(PluginCatalog catalog, string pluginId)
        {
            var lease = catalog.LeaseConnector(pluginId)!;
            return new HeldRun(lease, lease.Connector, lease.Replaced);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static HeldRun OfMiner(PluginCatalog catalog)
        {
            var miner = catalog.Miners[0];
            return new HeldRun(catalog.HoldMiner(miner), miner, CancellationToken.None);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public bool UsesContextOf(object contribution) =>
            AssemblyLoadContext.GetLoadContext(contribution.GetType().Assembly) == AssemblyLoadContext.GetLoadContext(_contribution!.GetType().Assembly);

        [MethodImpl(MethodImplOptions.NoInlining)]
        public WeakReference End()
        {
            _held!.Dispose();
            (_held, _contribution) = (null, null);
            return OldContext;
        }
    }

    private static bool Unloaded(WeakReference context)
    {
        for (var attempt = 0; attempt < 20 && context.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !context.IsAlive;
    }

    [GeneratedRegex("\"version\"\\s*:\\s*\"[^\"]*\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("\"entryAssembly\"\\s*:\\s*\"[^\"]*\"")]
    private static partial Regex EntryAssemblyField();
}
