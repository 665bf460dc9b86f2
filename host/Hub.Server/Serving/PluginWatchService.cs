using Hub.PluginLoading;
using Hub.Server.Composition;

namespace Hub.Server.Serving;

/// <summary>
/// <c>hub serve --watch-plugins</c>: while the hub runs, a plugin folder that changes is loaded again once its files are
/// quiet, replacing the running version if the new one loads and leaving it running, with the reason shown, if not.
/// </summary>
internal sealed class PluginWatchService(PluginCatalog catalog, HubEnvironment environment, ILoggerFactory loggers) : IHostedService
{
    /// <summary>How long a plugin folder must be left alone before it is loaded again: a build writes its files in a burst.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

    private PluginFolderWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _watcher = PluginFolderWatcher.Start(catalog, HubServiceCollectionExtensions.PluginFolders(environment), QuietPeriod,
            loggers.CreateLogger(HubServiceCollectionExtensions.PluginLogCategory));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null) await _watcher.DisposeAsync();
    }
}
