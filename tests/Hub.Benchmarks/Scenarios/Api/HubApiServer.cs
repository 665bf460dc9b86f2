using Hub.Api;
using Hub.Core.Model;
using Hub.Server.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// The hub's web server as <c>hub serve</c> builds it (<see cref="WebHubBuilder"/>: scheduler, GraphQL at /graphql, health,
/// metrics), over the benchmark's store, on a free loopback port, with one reader key for the benchmark's clients.
/// </summary>
internal sealed class HubApiServer : IAsyncDisposable
{
    /// <summary>
    /// The per-key rate limit is the one setting changed from the defaults (50 requests per second): the benchmark asks
    /// for as many as the hub can serve. The limiter still runs for every request, so its cost is in the figures.
    /// </summary>
    private static readonly Dictionary<string, string?> Settings = new(StringComparer.Ordinal)
    {
        ["Hub:Api:RateLimit:PermitsPerSecond"] = "1000000",
        ["Hub:Api:RateLimit:Burst"] = "1000000",
    };

    private readonly WebApplication _app;

    private HubApiServer(WebApplication app, Uri endpoint, string apiKey)
    {
        _app = app;
        Endpoint = endpoint;
        ApiKey = apiKey;
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>A reader key without the pii scope: what a BI tool is typically given.</summary>
    public string ApiKey { get; }

    /// <summary>Starts the server over the data dir's SQLite file, or over the PostgreSQL database <paramref name="postgres"/> names.</summary>
    public static async Task<HubApiServer> StartAsync(string dataDirectory, CancellationToken cancellationToken, string? postgres = null)
    {
        var settings = new Dictionary<string, string?>(Settings, StringComparer.Ordinal);
        if (postgres is not null)
        {
            settings["Hub:Storage:Provider"] = "postgres";
            settings["Hub:Storage:ConnectionString"] = postgres;
        }

        var environment = HubEnvironment.Create(dataDirectory, settings);
        var app = await WebHubBuilder.BuildAsync(environment, "http://127.0.0.1:0", cancellationToken, quiet: true);
        try
        {
            await app.StartAsync(cancellationToken);
            var key = await app.Services.GetRequiredService<ApiKeyService>().CreateAsync(ApiRole.Reader, pii: false, cancellationToken);
            return new HubApiServer(app, new Uri(new Uri(app.Urls.First()), HubApiEndpointRouteBuilderExtensions.DefaultPattern), key);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
