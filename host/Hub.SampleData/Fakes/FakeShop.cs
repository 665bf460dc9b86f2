using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Hub.SampleData.Fakes;

/// <summary>
/// A local shop that speaks the Shopify Admin REST API's wire format for customers, orders and the shop itself:
/// access-token checks, <c>updated_at_min</c> and <c>status</c> filters, <c>order</c>, <c>Link</c> header pagination
/// with <c>page_info</c>, and on request throttling (429 with <c>Retry-After</c>) and outages (503). Serves the
/// commerce plugin's tests and the sample shop of <c>hub demo</c>, on the loopback interface only.
/// </summary>
public sealed class FakeShop : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeShopHandler _handler;
    private readonly FakeShopFaults _faults;

    private FakeShop(WebApplication app, FakeShopHandler handler, FakeShopFaults faults, FakeShopData data, FakeShopOptions options, Uri baseAddress)
    {
        _app = app;
        _handler = handler;
        _faults = faults;
        Data = data;
        Options = options;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the shop listens, e.g. <c>http://127.0.0.1:50312/</c>: the plugin's <c>baseUrl</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The token requests must carry: the plugin's <c>accessToken</c>.</summary>
    public string AccessToken => Options.AccessToken;

    /// <summary>The customers and orders served; change them at any time.</summary>
    public FakeShopData Data { get; }

    /// <summary>How the shop presents itself.</summary>
    public FakeShopOptions Options { get; }

    /// <summary>The path and query of the requests received (the latest thousand), oldest first.</summary>
    public IReadOnlyList<string> Requests => [.. _handler.Requests];

    /// <summary>Starts a shop serving <paramref name="data"/> (an empty shop by default).</summary>
    public static async Task<FakeShop> StartAsync(FakeShopData? data = null, FakeShopOptions? options = null, CancellationToken cancellationToken = default)
    {
        data ??= new FakeShopData();
        options ??= new FakeShopOptions();
        // The empty builder reads no appsettings.json or environment, so a host's own settings never leak into the shop.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(FakeShop).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();

        var faults = new FakeShopFaults();
        var handler = new FakeShopHandler(data, options, faults);
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new FakeShop(app, handler, faults, data, options, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    /// <summary>Answers the next <paramref name="count"/> authenticated requests with 429 and <c>Retry-After</c> (one second by default).</summary>
    public void ThrottleNextRequests(int count, TimeSpan? retryAfter = null) => _faults.Throttle(count, retryAfter ?? TimeSpan.FromSeconds(1));

    /// <summary>Answers the next <paramref name="count"/> requests with 503 Service Unavailable.</summary>
    public void FailNextRequests(int count = 1) => _faults.Fail(count);

    /// <summary>Stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
