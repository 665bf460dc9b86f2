using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class PaginationTests
{
    [Fact]
    public async Task Every_issue_comment_and_star_arrives_across_many_pages()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var logins = Enumerable.Range(1, 7).Select(i => $"user{i}").ToArray();
        var store = github.Store.Community(logins);
        var issues = logins.SelectMany((login, i) => store.Issues(login, 2, firstMinute: 10 * i)).ToList();
        var comments = issues.Select((issue, i) => store.AddComment(Some.Repository, issue.Number, logins[i % 7], $"comment {i}", Some.Minute(200 + i))).ToList();
        foreach (var (login, i) in logins.Select((l, i) => (l, i))) store.AddStar(Some.Repository, login, Some.Minute(400 + i));

        var batches = await Sync.ReadBatchesAsync(Sync.Context(github, ("batchSize", "3")));

        var expected = issues.Select(Some.IssueId).Concat(comments.Select(Some.CommentId)).ToHashSet();
        var records = batches.SelectMany(b => b.Records).ToList();
        Assert.Superset(expected, records.InteractionIds());
        Assert.Equal(7, records.Interactions().Count(i => i.Type == "starred"));
        Assert.Equal(7, records.Customers().Count());
        Assert.True(batches.Count >= 14 / 3 + 28 / 3 + 7 / 3, $"expected a batch per page, got {batches.Count}");
        Assert.Contains(github.Requests, r => r.Contains("/stargazers?", StringComparison.Ordinal) && r.Contains("page=3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task More_issues_than_a_page_updated_in_the_same_second_are_all_received()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann");
        // A bulk edit (a label added to everything, a migration) gives many issues one updated_at.
        var issues = store.Issues("ann", 8);
        foreach (var issue in issues) store.UpdateIssue(Some.Repository, issue.Number, Some.Minute(60));

        var records = await Sync.ReadRecordsAsync(Sync.Context(github, ("batchSize", "3")));

        Assert.Equal(issues.Select(Some.IssueId).ToHashSet(), records.InteractionIds());
    }
}
