using System.Diagnostics.Metrics;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Identity;
using Hub.Pipeline.Runs;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
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

    private SyncHub(string folder, ServiceProvider services, CapturedLogs logs)
    {
        (_folder, Services, Logs) = (folder, services, logs);
    }

    public ServiceProvider Services { get; }

    public CapturedLogs Logs { get; }

    public IIngestStore Store => Services.GetRequiredService<IIngestStore>();

    /// <summary>The meter factory the hub's instruments come from, to tell them from other tests' in a listener.</summary>
    public IMeterFactory Meters => Services.GetRequiredService<IMeterFactory>();

    public static async Task<SyncHub> StartAsync(
        PagedSource source, int maxRetries = 3, TimeSpan? runTimeout = null, string token = PagedSource.GoodToken, IIdentityResolver? resolver = null, TimeProvider? clock = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-sync-" + Guid.NewGuid().ToString("N")[..12]);
        var logs = new CapturedLogs();
        var options = new SyncOptions
        {
            RunTimeout = runTimeout ?? TimeSpan.FromMinutes(1),
            Retry = new SyncRetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(50) },
        };
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddHubSqliteStorage(Path.Combine(folder, "hub.db"))
            .AddSingleton<IPluginCatalog>(new PagesCatalog())
            .AddSingleton(options)
            .AddHubPipeline(new IdentityOptions());
        if (resolver is not null) services.AddSingleton(resolver);
        if (clock is not null) services.AddSingleton(clock);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        await provider.GetRequiredService<IConnectorStore>().AddAsync(new ConnectorInstance(ConnectorId, "pages", null,
            new Dictionary<string, string> { ["url"] = source.BaseAddress.ToString(), ["token"] = token },
            new HashSet<string> { "token" }, DateTimeOffset.UtcNow), CancellationToken.None);
        return new SyncHub(folder, provider, logs);
    }

    public Task<SyncRun> SyncAsync(CancellationToken cancellationToken = default) =>
        Services.GetRequiredService<ISyncRunner>().SyncAsync(ConnectorId, "test", full: false, progress: null, cancellationToken);

    public async Task<IReadOnlyList<string>> StoredCustomerIdsAsync() =>
        (await Services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(CancellationToken.None)).Select(r => r.SourceId).Order().ToList();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class PagesCatalog : IPluginCatalog
    {
        private readonly PagedSourceConnector _connector = new();

        public IReadOnlyList<PluginInfo> Plugins { get; } = [new("pages", "1.0.0", "0.2.0", PluginStatus.Loaded, null, PluginLocation.Bundled)];

        public IReadOnlyList<IMiner> Miners => [];

        public IConnector? FindConnector(string pluginId) => pluginId == "pages" ? _connector : null;
    }
}
