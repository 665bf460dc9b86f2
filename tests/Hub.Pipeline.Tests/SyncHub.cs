using System.Diagnostics.Metrics;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Identity;
using Hub.Pipeline.Runs;
using Hub.Storage.Sqlite;
using Hub.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Tests;

/// <summary>
/// The pipeline over a fresh SQLite file, with one connector instance <c>shop</c> of a plugin <c>pages</c> that reads a
/// <see cref="PagedSource"/> over real HTTP, retry waits of milliseconds, and every log line captured.
/// </summary>
internal sealed class SyncHub : IAsyncDisposable
{
    public const string ConnectorId = "shop";

    private readonly string _folder;

    private readonly IHost _host;

    private SyncHub(string folder, IHost host, CapturedLogs logs)
    {
        (_folder, _host, Logs) = (folder, host, logs);
    }

    public IServiceProvider Services => _host.Services;

    public CapturedLogs Logs { get; }

    public IIngestStore Store => Services.GetRequiredService<IIngestStore>();

    /// <summary>The meter factory the hub's instruments come from, to tell them from other tests' in a listener.</summary>
    public IMeterFactory Meters => Services.GetRequiredService<IMeterFactory>();

    public static async Task<SyncHub> StartAsync(
        PagedSource source, int maxRetries = 3, TimeSpan? runTimeout = null, string token = PagedSource.GoodToken, IIdentityResolver? resolver = null, TimeProvider? clock = null,
        string? schedule = null, TimeSpan? callTimeout = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-sync-" + Guid.NewGuid().ToString("N")[..12]);
        var logs = new CapturedLogs();
        var options = new SyncOptions
        {
            RunTimeout = runTimeout ?? TimeSpan.FromMinutes(1),
            CallTimeout = callTimeout ?? TimeSpan.FromMinutes(1),
            Retry = new SyncRetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
        };
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var services = builder.Services
            .AddLogging(logging => logging.AddProvider(logs))
            .AddHubSqliteStorage(Path.Combine(folder, "hub.db"))
            .AddSingleton<IPluginCatalog>(new PagesCatalog())
            .AddSingleton(options)
            .AddHubPipeline(new IdentityOptions());
        if (resolver is not null) services.AddSingleton(resolver);
        if (clock is not null) services.AddSingleton(clock);
        // With a schedule, Quartz runs the sync as 'hub serve' does: the job store in the same file, the reconciler
        // picking the connector up within a fifth of a second.
        if (schedule is not null)
            services.AddHubScheduling(Path.Combine(folder, "hub.db"), scheduling => scheduling.ReconcileInterval = TimeSpan.FromMilliseconds(200));
        var host = builder.Build();
        var provider = host.Services;
        await provider.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        await provider.GetRequiredService<IConnectorStore>().AddAsync(new ConnectorInstance(ConnectorId, "pages", schedule,
            new Dictionary<string, string> { ["url"] = source.BaseAddress.ToString(), ["token"] = token },
            new HashSet<string> { "token" }, DateTimeOffset.UtcNow), CancellationToken.None);
        if (schedule is not null) await host.StartAsync(CancellationToken.None);
        return new SyncHub(folder, host, logs);
    }

    /// <summary>Loads a new version of the <c>pages</c> plugin, as <c>hub serve --watch-plugins</c> does after a rebuild, and returns its connector.</summary>
    public PagedSourceConnector ReplacePlugin() => ((PagesCatalog)Services.GetRequiredService<IPluginCatalog>()).Replace();

    /// <summary>How many runs still hold a replaced version of the plugin.</summary>
    public int LeasesOnReplacedVersions => ((PagesCatalog)Services.GetRequiredService<IPluginCatalog>()).LeasesOnReplaced;

    public Task<SyncRun> SyncAsync(CancellationToken cancellationToken = default) =>
        Services.GetRequiredService<ISyncRunner>().SyncAsync(ConnectorId, "test", full: false, progress: null, cancellationToken);

    public async Task<IReadOnlyList<string>> StoredCustomerIdsAsync() =>
        (await Services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(CancellationToken.None)).Select(r => r.SourceId).Order().ToList();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Hands out leases as the hub's catalog does; Replace stands for a rebuilt plugin loaded while the hub runs.
    private sealed class PagesCatalog : IPluginCatalog
    {
        private readonly List<Loaded> _replaced = [];
        private Loaded _current = new();

        public IReadOnlyList<PluginInfo> Plugins { get; } = [new("pages", "1.0.0", "1.0.0", PluginStatus.Loaded, null, PluginLocation.Bundled)];

        public IReadOnlyList<IMiner> Miners => [];

        public int LeasesOnReplaced => _replaced.Sum(v => v.Leases);

        public IConnector? FindConnector(string pluginId) => pluginId == "pages" ? _current.Connector : null;

        public ConnectorLease? LeaseConnector(string pluginId)
        {
            if (pluginId != "pages") return null;
            var version = _current;
            Interlocked.Increment(ref version.Leases);
            return new ConnectorLease(version.Connector, version.Replaced.Token, new PluginHold(() => Interlocked.Decrement(ref version.Leases)));
        }

        public PagedSourceConnector Replace()
        {
            var old = _current;
            _current = new Loaded();
            _replaced.Add(old);
            old.Replaced.Cancel();
            return _current.Connector;
        }

        private sealed class Loaded
        {
            public int Leases;

            public PagedSourceConnector Connector { get; } = new();

            public CancellationTokenSource Replaced { get; } = new();
        }
    }
}
