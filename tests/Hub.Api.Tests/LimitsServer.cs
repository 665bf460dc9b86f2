using System.Globalization;
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
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Api.Tests;

/// <summary>
/// A real Kestrel server with the API configured with small limits (see <see cref="Settings"/>), over an empty database.
/// Its <c>plugins</c> field blocks for <see cref="SlowPluginsDelay"/>, far past the execution timeout, ignoring cancellation.
/// </summary>
public sealed class LimitsServer : IAsyncLifetime
{
    public const int MaxDepth = 5;
    public const int MaxCost = 100;
    public const int MaxBodyBytes = 2048;
    public const double TimeoutSeconds = 1;
    public const int PermitsPerSecond = 1;
    public const int Burst = 3;

    public static readonly TimeSpan SlowPluginsDelay = TimeSpan.FromSeconds(5);

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hub:Api:MaxDepth"] = $"{MaxDepth}",
        ["Hub:Api:MaxCost"] = $"{MaxCost}",
        ["Hub:Api:MaxBodyBytes"] = $"{MaxBodyBytes}",
        ["Hub:Api:ExecutionTimeoutSeconds"] = TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
        ["Hub:Api:RateLimit:PermitsPerSecond"] = $"{PermitsPerSecond}",
        ["Hub:Api:RateLimit:Burst"] = $"{Burst}",
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "hub-api-limits-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Services.AddHubSqliteStorage(Path.Combine(_directory, "hub.db"));
        builder.Services.AddSingleton<IPluginCatalog>(new SlowPluginCatalog());
        builder.Services.AddHubApi();

        _app = builder.Build();
        _app.MapHubApi();
        await _app.Services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        // The first request of a process pays for JIT compilation; the timeout test must not count that.
        await (await ReaderAsync()).QueryAsync("{ customers(first: 1) { edges { node { id } } } }");
    }

    /// <summary>A new reader key: a bucket of its own for the rate limit.</summary>
    public Task<string> CreateKeyAsync() =>
        _app!.Services.GetRequiredService<ApiKeyService>().CreateAsync(ApiRole.Reader, false, CancellationToken.None);

    /// <summary>A client with a fresh reader key.</summary>
    public async Task<ApiClient> ReaderAsync() => new(Client, await CreateKeyAsync());

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

    /// <summary>A catalog whose plugin list takes ages, the way a resolver stuck on a lock or a slow disk would.</summary>
    private sealed class SlowPluginCatalog : IPluginCatalog
    {
        public IReadOnlyList<PluginInfo> Plugins
        {
            get
            {
                Thread.Sleep(SlowPluginsDelay);
                return [];
            }
        }

        public IReadOnlyList<IMiner> Miners { get; } = [];

        public IConnector? FindConnector(string pluginId) => null;
    }
}
