using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.PluginLoading;
using Hub.Storage.Sqlite;
using Hub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Mining.Tests;

/// <summary>
/// A hub's mining side on a real SQLite file, with the test miner plugin copied from its build output into a plugins
/// folder and loaded from there; customers are stored and unified through the store as a resolution would.
/// </summary>
internal sealed class MiningHub : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hub-mining-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private MiningHub(IReadOnlyDictionary<string, string?> settings)
    {
        var plugin = Path.Combine(_folder, "plugins", "testminer");
        Directory.CreateDirectory(plugin);
        foreach (var file in Directory.GetFiles(RepoPaths.OutputOf("tests/plugins/Hub.TestPlugins.Miner")))
            File.Copy(file, Path.Combine(plugin, Path.GetFileName(file)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddHubSqliteStorage(Path.Combine(_folder, "hub.db"))
            .AddSingleton<IPluginCatalog>(PluginCatalogLoader.Load([new PluginFolder(Path.Combine(_folder, "plugins"), PluginLocation.Installed)], NullLogger.Instance))
            .AddHubMining(configuration)
            .BuildServiceProvider();
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public MiningService Mining => _services.GetRequiredService<MiningService>();

    public IMiningQueries Queries => _services.GetRequiredService<IMiningQueries>();

    public static async Task<MiningHub> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var hub = new MiningHub(settings ?? new Dictionary<string, string?>());
        await hub._services.GetRequiredService<IHubDatabase>().MigrateAsync(Ct);
        return hub;
    }

    /// <summary>Stores the records from source "shop" and makes each customer record its own customer, numbered from 1 in the order given.</summary>
    public async Task StoreAsync(IReadOnlyList<SourceRecord> records)
    {
        var ingest = _services.GetRequiredService<IIngestStore>();
        var run = await ingest.StartRunAsync(null, "shop", "cli", Ct);
        await ingest.CommitBatchAsync(new IngestBatch(run, null, "shop", records, [], Checkpoint.Start, records.Count), Ct);
        var identity = _services.GetRequiredService<IIdentityStore>();
        var stored = (await identity.LoadCustomerRecordsAsync(Ct)).ToDictionary(r => r.SourceId, r => r.RowId);
        var ids = records.OfType<CustomerRecord>().Select(c => c.SourceId).ToList();
        var assignment = ids.Select((id, i) => (Row: stored[id], Number: (long)i + 1)).ToDictionary(a => a.Row, a => a.Number);
        await identity.SaveResolutionAsync(new ResolutionOutcome(assignment,
            [.. ids.Select((id, i) => new GoldenCustomer { Number = i + 1, Kind = CustomerKind.Person, DisplayName = id, RecordCount = 1 })]), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _services.GetRequiredService<SqliteConnectionFactory>().Dispose();
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The plugin's assembly stays loaded (and on Windows locked) for the life of the test process.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
