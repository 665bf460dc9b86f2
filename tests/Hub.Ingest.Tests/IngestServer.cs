using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Hub.Api;
using Hub.Core.Model;
using Hub.Core.Plugins;
using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline;
using Hub.Pipeline.Connectors;
using Hub.PluginLoading;
using Hub.Storage.Sqlite;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Ingest.Tests;

/// <summary>
/// A real Kestrel server on a loopback port with the push endpoints over a fresh SQLite file, the real pipeline, and the
/// mobile, files and commerce plugins loaded from their build output. Instance <c>app</c> (mobile, write key <see cref="WriteKey"/>)
/// instance <c>csv</c> (files) and instance <c>shop</c> (commerce, webhook secret <see cref="WebhookSecret"/>) exist.
/// </summary>
internal sealed class IngestServer : IAsyncDisposable
{
    public const string WriteKey = "wk_test_51c0";
    public const string WebhookSecret = "shpss_test_9f2e";

    private readonly string _directory;
    private readonly WebApplication _app;

    private IngestServer(string directory, WebApplication app, HttpClient client)
    {
        _directory = directory;
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<IngestServer> StartAsync(long? maxBodyBytes = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "hub-ingest-tests-" + Guid.NewGuid().ToString("N")[..12]);
        var plugins = Path.Combine(directory, "plugins");
        Install(RepoPaths.OutputOf("plugins/Hub.Plugins.Mobile"), Path.Combine(plugins, "mobile"));
        Install(RepoPaths.OutputOf("plugins/Hub.Plugins.Files"), Path.Combine(plugins, "files"));
        Install(RepoPaths.OutputOf("plugins/Hub.Plugins.Commerce"), Path.Combine(plugins, "commerce"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (maxBodyBytes is { } max) builder.Configuration["Hub:Ingest:MaxBodyBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Services.AddHubSqliteStorage(Path.Combine(directory, "hub.db"));
        builder.Services.AddSingleton<IPluginCatalog>(provider => PluginCatalogLoader.Load(
            [new PluginFolder(plugins, PluginLocation.Installed)], provider.GetRequiredService<ILoggerFactory>().CreateLogger("plugins")));
        builder.Services.AddHubPipeline(new IdentityOptions());

        var app = builder.Build();
        app.MapHubIngest();
        await app.Services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        var connectors = app.Services.GetRequiredService<ConnectorService>();
        await connectors.AddAsync("app", "mobile", null, new Dictionary<string, string> { ["writeKey"] = WriteKey }, CancellationToken.None);
        await connectors.AddAsync("csv", "files", null, new Dictionary<string, string> { ["path"] = directory }, CancellationToken.None);
        await connectors.AddAsync("shop", "commerce", null, new Dictionary<string, string>
        {
            ["baseUrl"] = "https://example.myshopify.com",
            ["accessToken"] = "shpat_unused",
            ["webhookSecret"] = WebhookSecret,
        }, CancellationToken.None);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new IngestServer(directory, app, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>A POST of <paramref name="json"/> to <paramref name="path"/>, with Segment's Basic auth when a key is given.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string json, string? basicUser = WriteKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (basicUser is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basicUser + ":")));
        return Client.SendAsync(request);
    }

    public async Task<IReadOnlyList<string>> CustomerSourceIdsAsync() =>
        (await Services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(CancellationToken.None)).Select(r => r.SourceId).Order().ToList();

    public async Task<IReadOnlyList<string>> EventNamesAsync()
    {
        await using var connection = await Services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>("SELECT name FROM events ORDER BY name;")).ToList();
    }

    public Task<IReadOnlyList<SyncRun>> RunsAsync(string connectorId = "app") =>
        Services.GetRequiredService<IIngestStore>().ListRunsAsync(connectorId, 10, CancellationToken.None);

    public Task<IReadOnlyList<QuarantineItem>> QuarantineAsync() =>
        Services.GetRequiredService<IIngestStore>().ListQuarantineAsync("app", 10, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A plugin assembly may still be mapped by its load context; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Install(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
