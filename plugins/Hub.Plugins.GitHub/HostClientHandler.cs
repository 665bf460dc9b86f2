using Octokit.Internal;

namespace Hub.Plugins.GitHub;

/// <summary>
/// The last handler of Octokit's own HTTP pipeline, handing each request on to the host's <see cref="HttpClient"/>,
/// so the host's retries, timeouts and circuit breaker apply to GitHub calls while Octokit still reads the answers
/// (rate-limit headers, Link pages, errors) in its own way.
/// </summary>
internal sealed class HostClientHandler(HttpClient host) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A message can be sent only once, and Octokit's client has already sent this one as far as .NET is concerned.
        using var copy = await HttpClientAdapter.CloneHttpRequestMessageAsync(request).ConfigureAwait(false);
        // Buffered, so the host's per-attempt timeout covers reading the body as well.
        var response = await host.SendAsync(copy, cancellationToken).ConfigureAwait(false);
        // Octokit notes on the original message when the answer came, to correct for clock skew in rate-limit resets.
        response.RequestMessage = request;
        return response;
    }

    // The host owns its client and shares it between connectors, so disposing this handler leaves it alone.
}
