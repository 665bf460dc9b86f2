using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline.Identity;
using Hub.Pipeline.Resolution;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Pipeline.Tests;

/// <summary>
/// The pipeline over a fresh SQLite file with records of four people, resolved: Ada (shop:s1, crm:k1, one e-mail),
/// Grace (shop:s2), Wang Wei (shop:s3, crm:k3) and Alan (shop:s4).
/// </summary>
internal sealed class IdentityHub : IAsyncDisposable
{
    private readonly string _folder;

    private IdentityHub(string folder, ServiceProvider services)
    {
        _folder = folder;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public IdentityOperations Operations => Services.GetRequiredService<IdentityOperations>();

    public ResolutionService Resolution => Services.GetRequiredService<ResolutionService>();

    public IDecisionStore Decisions => Services.GetRequiredService<IDecisionStore>();

    /// <param name="keepState">Whether the resolver keeps its state, as in a running hub.</param>
    public static async Task<IdentityHub> StartAsync(bool keepState)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-identity-" + Guid.NewGuid().ToString("N")[..12]);
        var services = new ServiceCollection()
            .AddLogging()
            .AddHubSqliteStorage(Path.Combine(folder, "hub.db"))
            .AddSingleton<IPluginCatalog>(new TestCatalog())
            .AddHubPipeline(new IdentityOptions())
            .BuildServiceProvider();
        await services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        var hub = new IdentityHub(folder, services);
        await hub.IngestAsync("shop",
        [
            Person("s1", "Ada Lovelace", "ada@example.com", "London"),
            Person("s2", "Grace Hopper", "grace@example.com", "Arlington"),
            Person("s3", "Wang Wei", "wang@example.cn", "Hangzhou"),
            Person("s4", "Alan Turing", "alan@example.com", "Manchester"),
        ]);
        await hub.IngestAsync("crm", [Person("k1", "Ada L.", "ADA@example.com", null), Person("k3", "王伟", "wang@example.cn", "Hangzhou")]);
        hub.Resolution.KeepState = keepState;
        await hub.Resolution.ResolveAsync(full: true, CancellationToken.None);
        return hub;
    }

    /// <summary>The customer number a record belongs to now.</summary>
    public async Task<long> CustomerOfAsync(string source, string sourceId) => (await ClustersAsync())[$"{source}:{sourceId}"];

    /// <summary>Every record's customer number, by SOURCE:ID.</summary>
    public async Task<Dictionary<string, long>> ClustersAsync()
    {
        var clusters = new Dictionary<string, long>();
        await foreach (var row in Services.GetRequiredService<ICustomerQueries>().ReadClustersAsync(CancellationToken.None))
            clusters[$"{row.Source}:{row.SourceId}"] = row.CustomerNumber;
        return clusters;
    }

    public async Task IngestAsync(string source, IReadOnlyList<SourceRecord> records)
    {
        var ingest = Services.GetRequiredService<IIngestStore>();
        var run = await ingest.StartRunAsync(null, source, "test", CancellationToken.None);
        await ingest.CommitBatchAsync(new IngestBatch(run, null, source, records, [], Checkpoint.Start, records.Count), CancellationToken.None);
        await ingest.FinishRunAsync(run, RunOutcome.Succeeded, null, CancellationToken.None);
    }

    public static CustomerRecord Person(string sourceId, string name, string email, string? city) => new()
    {
        SourceId = sourceId,
        FullName = name,
        Email = email,
        City = city,
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
