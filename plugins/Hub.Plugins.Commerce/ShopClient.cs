using System.Net;
using System.Text.Json;
using Hub.Contracts;
using Microsoft.Extensions.Logging;

namespace Hub.Plugins.Commerce;

/// <summary>
/// GETs Admin API resources with the access token. The host's client already retries throttling and server errors,
/// but a generic retry policy gives up (or misreads Shopify's fractional <c>Retry-After: 2.0</c>) long before a busy
/// shop's bucket drains; a 429 that gets through is therefore waited out here too, a bounded number of times.
/// </summary>
internal sealed class ShopClient : IDisposable
{
    private const string TokenHeader = "X-Shopify-Access-Token";
    private const int MaxThrottleWaits = 10;
    private const int MaxTransientRetries = 3;
    private static readonly TimeSpan DefaultThrottleWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(10);

    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly ShopSettings _settings;
    private readonly ILogger _logger;

    private ShopClient(HttpClient http, bool ownsClient, ShopSettings settings, ILogger logger)
    {
        _http = http;
        _ownsClient = ownsClient;
        _settings = settings;
        _logger = logger;
    }

    /// <summary>Uses the host's resilient client, or a plain one for a standalone run (which then retries server errors itself).</summary>
    public static ShopClient Create(ConnectorContext context, ShopSettings settings) =>
        context.HttpClient is { } http
            ? new ShopClient(http, ownsClient: false, settings, context.Logger)
            : new ShopClient(new HttpClient(), ownsClient: true, settings, context.Logger);

    /// <summary>GETs one page; its JSON body is the caller's to dispose.</summary>
    /// <exception cref="HttpRequestException">for an answer other than success, with what to do about it.</exception>
    public async Task<ShopResponse> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        // A next-page link comes from the server: never send the token anywhere but the configured shop.
        if (Uri.Compare(url, _settings.BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new InvalidOperationException($"the shop linked to {url.GetLeftPart(UriPartial.Path)}, outside {_settings.BaseUrl}; the access token is not sent there");
        }

        for (int throttled = 0, failed = 0; ; )
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(TokenHeader, _settings.AccessToken);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);

            if (response.IsSuccessStatusCode)
            {
                var body = await ReadJsonAsync(response, url, cancellationToken).ConfigureAwait(false);
                return new ShopResponse(body, LinkHeader.Next(response, url));
            }

            var asked = RetryAfter.Of(response, DateTimeOffset.UtcNow);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && throttled++ < MaxThrottleWaits)
            {
                var wait = Clamp(asked ?? DefaultThrottleWait);
                _logger.LogWarning("The shop throttled the sync (429 Too Many Requests); waiting {Seconds:0.#} s as it asked ({Attempt}/{Max})",
                    wait.TotalSeconds, throttled, MaxThrottleWaits);
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (_ownsClient && IsTransient(response.StatusCode) && failed++ < MaxTransientRetries)
            {
                var wait = Clamp(asked ?? TimeSpan.FromSeconds(1 << failed));
                _logger.LogWarning("The shop answered {Status}; retrying in {Seconds:0.#} s", (int)response.StatusCode, wait.TotalSeconds);
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                continue;
            }

            throw await FailureAsync(response, url, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_ownsClient) _http.Dispose();
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWait ? MaxWait : wait;

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException(
                    $"{url.GetLeftPart(UriPartial.Path)} did not answer with JSON ({e.Message}); check that baseUrl is the shop's Admin API address", e);
            }
        }
    }

    private async Task<HttpRequestException> FailureAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        var errors = await ShopErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        var detail = errors is null ? status : $"{status}: {errors}";
        var where = url.GetLeftPart(UriPartial.Path);
        var message = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"the access token was refused ({detail}); create an Admin API access token with read_customers and read_orders",
            HttpStatusCode.NotFound =>
                $"{where} was not found ({detail}); check baseUrl ({_settings.BaseUrl}) and apiVersion ({_settings.ApiVersion})",
            HttpStatusCode.TooManyRequests =>
                $"the shop kept answering 429 Too Many Requests after {MaxThrottleWaits} waits; the next sync resumes from the last stored page",
            _ => $"{where} answered {detail}",
        };
        return new HttpRequestException(message, inner: null, response.StatusCode);
    }
}
