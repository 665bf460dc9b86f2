using System.Collections.Concurrent;
using Hub.Core.Plugins;
using Microsoft.Extensions.Logging;

namespace Hub.PluginLoading;

/// <summary>
/// Watches the plugin folders while the hub runs (<c>hub serve --watch-plugins</c>) and loads a plugin folder again once its
/// files have stopped changing for the quiet period, so a build that writes a dozen files is loaded once, when it is done.
/// </summary>
public sealed class PluginFolderWatcher : IAsyncDisposable
{
    private readonly PluginCatalog _catalog;
    private readonly TimeSpan _quietPeriod;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly List<FileSystemWatcher> _watchers = [];
    // Plugin folders changed and not yet loaded again, with when they last changed.
    private readonly ConcurrentDictionary<string, (PluginLocation Location, long ChangedAt)> _changed = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private PluginFolderWatcher(PluginCatalog catalog, IReadOnlyList<PluginFolder> folders, TimeSpan quietPeriod, TimeProvider clock, ILogger logger)
    {
        _catalog = catalog;
        _quietPeriod = quietPeriod;
        _clock = clock;
        _logger = logger;
        foreach (var folder in folders) _watchers.Add(Watch(folder));
        _loop = Task.Run(() => LoadWhenQuietAsync(_stop.Token));
    }

    /// <summary>
    /// Starts watching <paramref name="folders"/> (creating those that do not exist yet) for changes to reload into
    /// <paramref name="catalog"/>, which must have been loaded with <see cref="PluginLoadOptions.Replaceable"/>.
    /// </summary>
    public static PluginFolderWatcher Start(PluginCatalog catalog, IEnumerable<PluginFolder> folders, TimeSpan quietPeriod, ILogger logger, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new PluginFolderWatcher(catalog, [.. folders], quietPeriod, clock ?? TimeProvider.System, logger);
    }

    /// <summary>Stops watching; a reload in progress finishes first.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        await _stop.CancelAsync();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private FileSystemWatcher Watch(PluginFolder folder)
    {
        var root = Directory.CreateDirectory(folder.Path).FullName;
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            // A publish writes many files at once; a larger buffer makes an overflow (handled below) rare.
            InternalBufferSize = 64 * 1024,
        };
        void Changed(string path) => MarkChanged(root, folder.Location, path);
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        // Events were lost: look at every plugin folder again (an unchanged one is not reloaded: its fingerprint is the same).
        watcher.Error += (_, _) =>
        {
            foreach (var directory in Directory.GetDirectories(root)) Changed(directory);
        };
        watcher.EnableRaisingEvents = true;
        _logger.LogInformation("Watching {Folder} for rebuilt plugins", root);
        return watcher;
    }

    private void MarkChanged(string root, PluginLocation location, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal)) return;
        var pluginFolder = Path.Combine(root, relative.Split(Path.DirectorySeparatorChar)[0]);
        _changed[pluginFolder] = (location, _clock.GetTimestamp());
    }

    private async Task LoadWhenQuietAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Max(_quietPeriod.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks)), _clock);
        while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
        {
            foreach (var (directory, change) in _changed)
            {
                if (_clock.GetElapsedTime(change.ChangedAt) < _quietPeriod) continue;
                // Removed only if unchanged since it was read: a change meanwhile waits for its own quiet period.
                if (!_changed.TryRemove(new KeyValuePair<string, (PluginLocation, long)>(directory, change))) continue;
                try
                {
                    _catalog.Reload(directory, change.Location);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    _logger.LogError(ex, "Reloading the plugin folder {Folder} failed", directory);
                }
            }
        }
    }
}
