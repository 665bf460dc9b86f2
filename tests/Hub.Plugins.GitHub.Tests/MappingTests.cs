using Hub.Contracts;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class MappingTests
{
    [Fact]
    public async Task A_profile_becomes_a_customer_keyed_by_numeric_id_with_login_and_public_details()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Store.AddRepository(Some.Repository);
        var mona = github.Store.AddUser(new FakeGitHubUser("mona")
        {
            Name = "Mona Lisa", Email = "mona@example.com", Company = "@acme-corp", Location = "Hangzhou",
            Blog = "https://mona.example.com", Followers = 42,
        });
        github.Store.AddIssue(Some.Repository, "mona", "Crash on start", Some.Minute(0));

        var customer = Assert.Single((await Sync.ReadRecordsAsync(Sync.Context(github))).Customers());

        Assert.Equal(mona.Id.ToString(), customer.SourceId);
        Assert.Equal(CustomerKind.Person, customer.Kind);
        Assert.Equal("Mona Lisa", customer.FullName);
        Assert.Equal("mona@example.com", customer.Email);
        Assert.Equal("acme-corp", customer.Company);
        Assert.Equal("Hangzhou", customer.City);
        Assert.Equal("mona", customer.Attributes["login"]);
        Assert.Equal("https://mona.example.com", customer.Attributes["blog"]);
        Assert.Equal("42", customer.Attributes["followers"]);
        Assert.Equal($"{github.BaseAddress}mona", customer.Attributes["html_url"]);
        Assert.False(customer.IsDeleted);
    }

    [Fact]
    public async Task Issues_pull_requests_comments_and_stars_become_github_interactions_of_their_authors()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob", "cat");
        var issue = store.AddIssue(Some.Repository, "ann", "Export fails on empty files", Some.Minute(0));
        var pull = store.AddIssue(Some.Repository, "bob", "Fix export of empty files", Some.Minute(5), isPullRequest: true);
        var comment = store.AddComment(Some.Repository, issue.Number, "cat", "\nI see it too.\nSteps: ...", Some.Minute(10));
        store.AddStar(Some.Repository, "cat", Some.Minute(20));

        var records = await Sync.ReadRecordsAsync(Sync.Context(github));

        var ids = records.Customers().ToDictionary(c => c.Attributes["login"], c => c.SourceId);
        var byId = records.Interactions().GroupBy(i => i.InteractionId).ToDictionary(g => g.Key, g => g.Last());
        Assert.Equal(4, byId.Count);
        Assert.All(byId.Values, i => Assert.Equal("github", i.Channel));
        Assert.All(byId.Values, i => Assert.Equal(Some.Repository, i.Attributes["repo"]));

        var opened = byId[Some.IssueId(issue)];
        Assert.Equal(("issue-opened", ids["ann"], Some.Minute(0), "Export fails on empty files"), (opened.Type, opened.CustomerSourceId, opened.OccurredAt, opened.Summary));
        Assert.Equal($"{github.BaseAddress}{Some.Repository}/issues/{issue.Number}", opened.Attributes["url"]);

        var pr = byId[Some.IssueId(pull)];
        Assert.Equal(("pull-request-opened", ids["bob"]), (pr.Type, pr.CustomerSourceId));
        Assert.Equal($"{github.BaseAddress}{Some.Repository}/pull/{pull.Number}", pr.Attributes["url"]);

        var said = byId[Some.CommentId(comment)];
        Assert.Equal(("issue-comment", ids["cat"], Some.Minute(10), "I see it too."), (said.Type, said.CustomerSourceId, said.OccurredAt, said.Summary));

        var starred = byId.Values.Single(i => i.Type == "starred");
        Assert.Equal((ids["cat"], Some.Minute(20)), (starred.CustomerSourceId, starred.OccurredAt));
        Assert.Equal($"{github.BaseAddress}{Some.Repository}", starred.Attributes["url"]);
    }

    [Fact]
    public async Task A_person_is_imported_once_per_sync_however_often_they_appear()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann");
        store.Issues("ann", 3);
        store.AddComment(Some.Repository, 1, "ann", "me again", Some.Minute(30));
        store.AddStar(Some.Repository, "ann", Some.Minute(40));

        var records = await Sync.ReadRecordsAsync(Sync.Context(github, ("batchSize", "2")));

        Assert.Single(records.Customers());
        Assert.Single(github.Requests, r => r.StartsWith("GET /api/v3/users/ann", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_customer_arrives_in_the_same_batch_as_their_first_interaction_or_before()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "bob");
        store.Issues("ann", 2);
        store.Issues("bob", 2, firstMinute: 10);

        var batches = await Sync.ReadBatchesAsync(Sync.Context(github, ("batchSize", "1")));

        var seen = new HashSet<string>();
        foreach (var batch in batches)
        {
            seen.UnionWith(batch.Records.Customers().Select(c => c.SourceId));
            Assert.All(batch.Records.Interactions(), i => Assert.Contains(i.CustomerSourceId, seen));
        }
    }

    [Fact]
    public async Task An_organization_account_becomes_an_organization_customer()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Store.AddRepository(Some.Repository);
        github.Store.AddUser(new FakeGitHubUser("acme-labs") { Name = "ACME Labs", Type = "Organization" });
        github.Store.AddStar(Some.Repository, "acme-labs", Some.Minute(0));

        var customer = Assert.Single((await Sync.ReadRecordsAsync(Sync.Context(github))).Customers());

        Assert.Equal(CustomerKind.Organization, customer.Kind);
        Assert.Equal("ACME Labs", customer.FullName);
    }
}
