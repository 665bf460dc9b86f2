using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.SampleData.Fakes;

/// <summary>
/// A local server that speaks GitHub's REST API under <c>/api/v3/</c>, GitHub Enterprise Server's base path (the one
/// Octokit uses for any address but github.com's): repositories, issues and pull requests, comments, stargazers and
/// users, with GitHub's pagination, <c>since</c> filters, rate-limit headers and refusals. Data lives in
/// <see cref="Store"/>; <see cref="Limits"/> makes it refuse requests as GitHub does. Listens on 127.0.0.1 only.
/// </summary>
public sealed class FakeGitHub : IAsyncDisposable
{
    /// <summary>A served demo runs for hours; the log keeps the recent requests only.</summary>
    private const int RequestLogSize = 10_000;

    private readonly WebApplication _app;
    private readonly Queue<string> _requests = new();
    private readonly Lock _gate = new();
    private volatile string? _token;

    private FakeGitHub(int rateLimit)
    {
        Limits = new FakeGitHubLimits(TimeProvider.System, rateLimit);
        // An empty builder reads no configuration files or environment: the fake must not pick up a host's Kestrel settings.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        _app = builder.Build();

        var endpoints = new FakeGitHubEndpoints(Store);
        _app.Use(AdmitAsync);
        _app.UseRouting();
        _app.MapGet("/api/v3/repos/{owner}/{repo}", endpoints.RepositoryAsync);
        _app.MapGet("/api/v3/repos/{owner}/{repo}/issues", endpoints.IssuesAsync);
        _app.MapGet("/api/v3/repos/{owner}/{repo}/issues/comments", endpoints.CommentsAsync);
        _app.MapGet("/api/v3/repos/{owner}/{repo}/stargazers", endpoints.StargazersAsync);
        _app.MapGet("/api/v3/users/{login}", endpoints.UserAsync);
        _app.MapFallback(context => FakeGitHubEndpoints.WriteAsync(context, HttpStatusCode.NotFound, FakeGitHubJson.Error("Not Found")));
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>: give it to a client as the Enterprise base URL.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where the REST API is served: <see cref="BaseAddress"/> + <c>api/v3/</c>.</summary>
    public Uri ApiAddress => new(BaseAddress, "api/v3/");

    /// <summary>The accounts, repositories and activity served.</summary>
    public FakeGitHubStore Store { get; } = new();

    /// <summary>The rate limits, and switches to make the server refuse requests.</summary>
    public FakeGitHubLimits Limits { get; }

    /// <summary>
    /// The one token the server accepts, or null to accept any. While set, a request with another token gets 401 and
    /// one without a token sees public repositories only.
    /// </summary>
    public string? Token
    {
        get => _token;
        set => _token = value;
    }

    /// <summary>The requests received (the last 10,000), as <c>GET /api/v3/...?query</c>, oldest first.</summary>
    public IReadOnlyList<string> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>Starts a server on a free port of 127.0.0.1.</summary>
    /// <param name="rateLimit">Requests allowed per hour, as GitHub allows 5,000 to a token.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    public static async Task<FakeGitHub> StartAsync(int rateLimit = 5000, CancellationToken cancellationToken = default)
    {
        var server = new FakeGitHub(rateLimit);
        await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.BaseAddress = new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Whether the request carries the accepted token (any token while <see cref="Token"/> is null).</summary>
    internal static bool IsAuthenticated(HttpContext context) => context.Items.ContainsKey(nameof(IsAuthenticated));

    private async Task AdmitAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        lock (_gate)
        {
            if (_requests.Count == RequestLogSize) _requests.Dequeue();
            _requests.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
        }

        var token = TokenOf(request.Headers.Authorization.ToString());
        if (token is not null && _token is not null && token != _token)
        {
            await FakeGitHubEndpoints.WriteAsync(context, HttpStatusCode.Unauthorized, FakeGitHubJson.Error("Bad credentials")).ConfigureAwait(false);
            return;
        }

        if (token is not null) context.Items[nameof(IsAuthenticated)] = true;
        var headers = new Dictionary<string, string>();
        var refusal = Limits.Admit(headers);
        foreach (var (name, value) in headers) context.Response.Headers[name] = value;
        if (refusal is { } refused)
        {
            await FakeGitHubEndpoints.WriteAsync(context, refused.Status, FakeGitHubJson.Error(refused.Message)).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>GitHub takes <c>token X</c> and <c>Bearer X</c>.</summary>
    private static string? TokenOf(string authorization)
    {
        foreach (var scheme in new[] { "token ", "bearer " })
        {
            if (authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return authorization[scheme.Length..].Trim();
        }

        return null;
    }
}
