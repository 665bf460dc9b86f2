using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class TombstoneTests
{
    [Fact]
    public async Task An_account_deleted_on_github_becomes_a_tombstone_and_its_issues_still_arrive()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ann", "gone");
        var issue = store.AddIssue(Some.Repository, "gone", "Written before leaving", Some.Minute(0));
        store.AddIssue(Some.Repository, "ann", "Still here", Some.Minute(1));
        store.DeleteUser("gone");
        var gone = store.Users.Single(u => u.Login == "gone");

        var records = await Sync.ReadRecordsAsync(Sync.Context(github));

        var tombstone = Assert.Single(records.Customers(), c => c.IsDeleted);
        Assert.Equal(gone.Id.ToString(), tombstone.SourceId);
        Assert.Equal("gone", tombstone.Attributes["login"]);
        Assert.Null(tombstone.FullName);
        Assert.Contains(records.Interactions(), i => i.InteractionId == Some.IssueId(issue) && i.CustomerSourceId == tombstone.SourceId);
        Assert.Single(records.Customers(), c => !c.IsDeleted);
    }

    [Fact]
    public async Task Content_github_shows_under_its_ghost_account_makes_a_tombstone_without_asking_for_a_profile()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = github.Store.Community("ghost");
        store.AddIssue(Some.Repository, "ghost", "From a deleted account", Some.Minute(0));

        var records = await Sync.ReadRecordsAsync(Sync.Context(github));

        Assert.True(Assert.Single(records.Customers()).IsDeleted);
        Assert.DoesNotContain(github.Requests, r => r.Contains("/users/ghost", StringComparison.Ordinal));
    }
}
