using Hub.Contracts;
using Hub.Contracts.Testing;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

/// <summary>
/// The github plugin against the connector kit, over a local GitHub that takes one token, read two items a page: four
/// people's issues (three of them changed in the same second), comments and stars, so that resuming inside a second, in
/// every stream, is checked.
/// </summary>
public sealed class GitHubConformanceTests(GitHubConformanceTests.Server server) : ConnectorConformanceTests, IClassFixture<GitHubConformanceTests.Server>
{
    private const string Token = "ghp_conformance";

    protected override string PluginId => "github";

    protected override IHubPlugin CreatePlugin() => new GitHubPlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string>
    {
        ["repos"] = Some.Repository,
        ["baseUrl"] = server.GitHub.BaseAddress.ToString(),
        ["token"] = Token,
        ["batchSize"] = "2",
    };

    protected override IReadOnlyDictionary<string, string> RefusedSettings => new Dictionary<string, string>
    {
        ["repos"] = Some.Repository,
        ["baseUrl"] = server.GitHub.BaseAddress.ToString(),
        ["token"] = "ghp_revoked",
    };

    /// <summary>One GitHub for every check: they only read it.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public FakeGitHub GitHub { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            GitHub = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
            GitHub.Token = Token;
            var store = GitHub.Store.Community("ann", "bob", "cat", "dan");
            store.Issues("ann", 2);
            store.Issues("bob", 2, firstMinute: 10);
            var bulk = store.Issues("cat", 3, firstMinute: 20);
            // A bulk edit: three issues changed in one second, across a page boundary.
            foreach (var issue in bulk) store.UpdateIssue(Some.Repository, issue.Number, Some.Minute(30));
            store.AddComment(Some.Repository, 1, "bob", "Same here", Some.Minute(40));
            store.AddComment(Some.Repository, 2, "dan", "Any news?", Some.Minute(41));
            store.AddComment(Some.Repository, 3, "ann", "Fixed", Some.Minute(41));
            store.AddStar(Some.Repository, "ann", Some.Minute(50));
            store.AddStar(Some.Repository, "dan", Some.Minute(51));
            store.AddStar(Some.Repository, "cat", Some.Minute(51));
        }

        public async ValueTask DisposeAsync() => await GitHub.DisposeAsync();
    }
}
