using Octokit;
using Octokit.Internal;

namespace Hub.Plugins.GitHub;

/// <summary>Builds the Octokit connection for one check or sync.</summary>
internal static class GitHubConnections
{
    private static readonly ProductHeaderValue Product = new("Hub", typeof(GitHubConnections).Assembly.GetName().Version?.ToString(3));

    /// <param name="settings">Where GitHub is and the token, if any.</param>
    /// <param name="host">The host's client, already wrapped in retries; null to let Octokit make its own.</param>
    public static IConnection Create(GitHubSettings settings, HttpClient? host)
    {
        var credentials = settings.Token is { } token ? new Credentials(token) : Credentials.Anonymous;
        var store = new InMemoryCredentialStore(credentials);
        if (host is null) return new Connection(Product, settings.ApiAddress, store);

        var adapter = new HttpClientAdapter(() => new HostClientHandler(host));
        // The host's client times each attempt and the whole call with its retries; a second, shorter clock would cut those retries off.
        adapter.SetRequestTimeout(Timeout.InfiniteTimeSpan);
        return new Connection(Product, settings.ApiAddress, store, adapter, new SimpleJsonSerializer());
    }
}
