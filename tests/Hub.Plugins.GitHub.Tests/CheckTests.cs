using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class CheckTests
{
    [Fact]
    public async Task Check_lists_each_repository_it_can_read_and_the_requests_left()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Token = "secret";
        github.Store.Community("ann").Issues("ann", 2);
        github.Store.AddRepository("acme/internal", isPrivate: true);
        github.Store.AddStar(Some.Repository, "ann", Some.Minute(5));

        var result = await Sync.CheckAsync(Sync.Context(github, ("repos", "acme/widgets, acme/internal"), ("token", "secret")));

        Assert.True(result.Ok, result.Message);
        Assert.Equal(
            "2 repositories readable: acme/widgets (public, 1 star, 2 open issues), acme/internal (private, 0 stars, 0 open issues); " +
            "4,998 of 5,000 requests left this hour", result.Message);
    }

    [Fact]
    public async Task Check_with_a_wrong_token_says_the_token_was_refused()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Token = "secret";
        github.Store.Community("ann");

        var result = await Sync.CheckAsync(Sync.Context(github, ("token", "expired")));

        Assert.False(result.Ok);
        Assert.StartsWith("the token was refused by GitHub (401", result.Message);
        Assert.Contains("--set token=", result.Message);
    }

    [Fact]
    public async Task Check_of_an_unknown_repository_names_it()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Store.Community("ann");

        var result = await Sync.CheckAsync(Sync.Context(github, ("repos", "acme/widgets,acme/nope"), ("token", "any")));

        Assert.False(result.Ok);
        Assert.StartsWith("repository acme/nope not found or not visible to this token", result.Message);
    }

    [Fact]
    public async Task Check_of_a_private_repository_without_a_token_says_a_token_is_needed()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Token = "secret";
        github.Store.AddRepository("acme/internal", isPrivate: true);

        var result = await Sync.CheckAsync(Sync.Context(github, ("repos", "acme/internal")));

        Assert.False(result.Ok);
        Assert.Equal("repository acme/internal not found or not visible to this token; private repositories need a token (--set token=...)", result.Message);
    }

    [Theory]
    [InlineData("repos", "widgets", "setting 'repos' must list repositories as owner/name, not 'widgets'")]
    [InlineData("batchSize", "500", "setting 'batchSize' must be between 1 and 100, not 500")]
    [InlineData("baseUrl", "ftp://example.com", "setting 'baseUrl' must be an absolute http(s) URL, not 'ftp://example.com'")]
    public async Task Check_names_a_malformed_setting(string name, string value, string message)
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var result = await Sync.CheckAsync(Sync.Context(github, (name, value)));

        Assert.False(result.Ok);
        Assert.Equal(message, result.Message);
    }

    [Fact]
    public async Task A_sync_of_a_repository_that_is_gone_fails_with_the_same_message_as_the_check()
    {
        await using var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Sync.ReadBatchesAsync(Sync.Context(github, ("repos", "acme/nope"))));

        Assert.StartsWith("repository acme/nope not found or not visible to this token", error.Message);
    }
}
