using System.Net.Http.Headers;
using GraphQL;
using GraphQL.DI;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Api.Tests;

/// <summary>
/// A real Kestrel server on a loopback port with the API over a fresh SQLite file, seeded with customers that
/// two sources sent and resolution unified. Customer numbers have gaps, as they do after merges.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    public static readonly IReadOnlyList<long> CustomerNumbers = [1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 14, 15];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "hub-api-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Action<IGraphQLBuilder>? _configureGraphQL;
    private readonly Action<IServiceCollection, string>? _configureServices;
    private readonly Func<IServiceProvider, Task> _seed = SeedAsync;
    private WebApplication? _app;

    public ApiServer() => _configureGraphQL = null;

    /// <summary>A server whose GraphQL setup <paramref name="configureGraphQL"/> extends, e.g. with test-only fields.</summary>
    internal ApiServer(Action<IGraphQLBuilder> configureGraphQL) => _configureGraphQL = configureGraphQL;

    /// <summary>
    /// A server with more services (<paramref name="configureServices"/>, e.g. the pipeline) whose database
    /// <paramref name="seed"/> fills instead of the usual customers, once migrated and before the server starts.
    /// </summary>
    internal ApiServer(Action<IServiceCollection> configureServices, Func<IServiceProvider, Task> seed)
        : this((services, _) => configureServices(services), seed)
    {
    }

    /// <summary>As above, for services that need the database file's path (the scheduler keeps its tables in it).</summary>
    internal ApiServer(Action<IServiceCollection, string> configureServices, Func<IServiceProvider, Task> seed)
    {
        _configureServices = configureServices;
        _seed = seed;
    }

    public QueryLog Log { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(Logs);
        var databasePath = Path.Combine(_directory, "hub.db");
        builder.Services.AddHubSqliteStorage(databasePath);
        DecorateCustomerQueries(builder.Services);
        builder.Services.AddSingleton<IPluginCatalog>(new ListPluginCatalog(Some.Plugins));
        builder.Services.AddHubApi();
        _configureServices?.Invoke(builder.Services, databasePath);
        if (_configureGraphQL is not null) builder.Services.AddGraphQL(_configureGraphQL);
        // Watches what resolvers will see, the way a later resolver that masks personal data will look.
        builder.Services.AddGraphQL(graphQL => graphQL.ConfigureExecution(async (options, next) =>
        {
            Log.UserContexts.Enqueue(options.UserContext);
            return await next(options);
        }));

        _app = builder.Build();
        _app.MapHubApi();
        await _app.Services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        await _seed(_app.Services);
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>A new key of the given role, as <c>hub apikey create</c> would print it.</summary>
    public Task<string> CreateKeyAsync(ApiRole role = ApiRole.Reader, bool pii = false) =>
        Services.GetRequiredService<ApiKeyService>().CreateAsync(role, pii, CancellationToken.None);

    /// <summary>A client that sends <paramref name="key"/> on every request.</summary>
    public ApiClient ClientWith(string key) => new(Client, key);

    /// <summary>
    /// A client with a fresh reader key that may read personal data, so tests of what the API returns see values
    /// unmasked; tests of masking create a key without the pii scope.
    /// </summary>
    public async Task<ApiClient> ReaderAsync() => ClientWith(await CreateKeyAsync(pii: true));

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test run over.
        }
    }

    private void DecorateCustomerQueries(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ICustomerQueries));
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(ICustomerQueries),
            provider => new CountingCustomerQueries(Create(provider, original), Log), original.Lifetime));
    }

    private static ICustomerQueries Create(IServiceProvider provider, ServiceDescriptor descriptor) => (ICustomerQueries)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    internal static async Task SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var ingest = scope.ServiceProvider.GetRequiredService<IIngestStore>();
        await IngestAsync(ingest, Some.Shop, [.. CustomerNumbers.Select(Some.ShopRecord)]);
        await IngestAsync(ingest, Some.CallCenter, [.. CustomerNumbers.Where(Some.HasCallCenterRecord).Select(Some.CallCenterRecord)]);

        var identity = scope.ServiceProvider.GetRequiredService<IIdentityStore>();
        var customerOfRecord = new Dictionary<long, long>();
        foreach (var stored in await identity.LoadCustomerRecordsAsync(CancellationToken.None))
            customerOfRecord[stored.RowId] = long.Parse(stored.SourceId.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);
        await identity.SaveResolutionAsync(new ResolutionOutcome(customerOfRecord, [.. CustomerNumbers.Select(Some.Golden)]), CancellationToken.None);
    }

    internal static async Task IngestAsync(IIngestStore ingest, string source, IReadOnlyList<SourceRecord> records)
    {
        var run = await ingest.StartRunAsync(null, source, "test", CancellationToken.None);
        await ingest.CommitBatchAsync(new IngestBatch(run, null, source, records, [], Checkpoint.Start, records.Count), CancellationToken.None);
        await ingest.FinishRunAsync(run, RunOutcome.Succeeded, null, CancellationToken.None);
    }
}
