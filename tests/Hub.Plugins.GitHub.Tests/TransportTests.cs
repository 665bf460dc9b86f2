using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class TransportTests
{
    [Fact]
    public async Task Without_a_client_from_the_host_the_connector_reads_with_its_own()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Store.Community("ann").Issues("ann", 2);

        var records = await Sync.ReadRecordsAsync(Sync.Context(github, http: null));

        Assert.Equal(2, records.InteractionIds().Count);
    }

    [Fact]
    public async Task Requests_go_through_the_client_the_host_provides_with_the_token()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Token = "secret";
        github.Store.Community("ann").Issues("ann", 1);
        var counting = new CountingHandler { InnerHandler = new HttpClientHandler() };
        using var host = new HttpClient(counting);

        var records = await Sync.ReadRecordsAsync(Sync.Context(github, host, ("token", "secret")));

        Assert.Single(records.InteractionIds());
        Assert.Equal(github.Requests.Count, counting.Requests);
        Assert.All(counting.Authorizations, a => Assert.EndsWith(" secret", a));
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Requests { get; private set; }

        public List<string> Authorizations { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            Authorizations.Add(request.Headers.Authorization?.ToString() ?? "");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
