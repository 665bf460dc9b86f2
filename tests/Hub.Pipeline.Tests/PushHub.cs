using System.Text;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline.Push;
using Hub.Pipeline.Resolution;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline.Tests;

/// <summary>The pipeline over a fresh SQLite file with a manual clock, and instances <c>lines</c> (push), <c>csv</c> (sync only), <c>broken</c>.</summary>
internal sealed class PushHub : IAsyncDisposable
{
    public const string Token = "tok-123";

    private readonly string _folder;

    private PushHub(string folder, ServiceProvider services)
    {
        _folder = folder;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public ManualClock Clock => (ManualClock)Services.GetRequiredService<TimeProvider>();

    public PushIngestService Pushes => Services.GetRequiredService<PushIngestService>();

    public IIngestStore Store => Services.GetRequiredService<IIngestStore>();

    public static async Task<PushHub> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-push-" + Guid.NewGuid().ToString("N")[..12]);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new ManualClock())
            .AddHubSqliteStorage(Path.Combine(folder, "hub.db"))
            .AddSingleton<IPluginCatalog>(new TestCatalog())
            .AddHubPipeline(new IdentityOptions())
            .BuildServiceProvider();
        await services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        var connectors = services.GetRequiredService<IConnectorStore>();
        foreach (var (id, plugin) in new[] { ("lines", "lines"), ("csv", "csv"), ("broken", "broken") })
        {
            await connectors.AddAsync(new ConnectorInstance(id, plugin, null, new Dictionary<string, string> { ["token"] = Token },
                new HashSet<string> { "token" }, DateTimeOffset.UtcNow), CancellationToken.None);
        }

        return new PushHub(folder, services);
    }

    /// <summary>Pushes <paramref name="body"/> to the <c>lines</c> instance as an authorized request, the way the endpoint does.</summary>
    public async Task<PushOutcome> PushAsync(string body)
    {
        var target = (await Pushes.FindAsync("lines", CancellationToken.None)).Target!;
        var request = new PushRequest("", "text/plain", new Dictionary<string, string> { ["authorization"] = "Bearer " + Token }, Encoding.UTF8.GetBytes(body));
        Assert.True(target.IsAuthorized(request));
        return await Pushes.AcceptAsync(target, request, CancellationToken.None);
    }

    public Task<IReadOnlyList<SyncRun>> PushRunsAsync() => Store.ListRunsAsync("lines", 10, CancellationToken.None);

    public async Task<IReadOnlyList<string>> StoredCustomerIdsAsync() =>
        (await Services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(CancellationToken.None)).Select(r => r.SourceId).Order().ToList();

    public Task WhenResolvedAsync() => Services.GetRequiredService<ResolutionTrigger>().WhenIdleAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
