using System.Diagnostics;
using Hub.SampleData.Fakes;

namespace Hub.Plugins.GitHub.Tests;

public sealed class RateLimitTests
{
    private static async Task<FakeGitHub> StartWithIssuesAsync(int count)
    {
        var github = await FakeGitHub.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        github.Store.Community("ann").Issues("ann", count);
        return github;
    }

    [Fact]
    public async Task A_used_up_rate_limit_is_waited_out_until_its_reset_and_the_sync_completes()
    {
        await using var github = await StartWithIssuesAsync(3);
        github.Limits.Exhaust(TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var records = await Sync.ReadRecordsAsync(Sync.Context(github));

        Assert.Equal(3, records.InteractionIds().Count);
        Assert.True(github.Limits.Refused >= 1, "the fake should have refused a request");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.5), $"the sync did not wait for the reset ({clock.Elapsed})");
    }

    [Fact]
    public async Task After_an_answer_with_no_requests_left_the_sync_waits_for_the_reset_instead_of_asking_in_vain()
    {
        await using var github = await StartWithIssuesAsync(3);
        github.Limits.Exhaust(TimeSpan.FromSeconds(1), remaining: 1);

        var records = await Sync.ReadRecordsAsync(Sync.Context(github));

        Assert.Equal(3, records.InteractionIds().Count);
        Assert.Equal(0, github.Limits.Refused);
    }

    [Fact]
    public async Task A_secondary_rate_limit_with_retry_after_is_waited_out_and_the_sync_completes()
    {
        await using var github = await StartWithIssuesAsync(4);
        github.Limits.Throttle(requests: 2, retryAfterSeconds: 1);
        var clock = Stopwatch.StartNew();

        var records = await Sync.ReadRecordsAsync(Sync.Context(github, ("batchSize", "2")));

        Assert.Equal(4, records.InteractionIds().Count);
        Assert.Equal(2, github.Limits.Refused);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.5), $"the sync did not wait as Retry-After asked ({clock.Elapsed})");
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_even_without_the_hosts_retries()
    {
        await using var github = await StartWithIssuesAsync(2);
        github.Limits.Throttle(requests: 1, retryAfterSeconds: 1, tooManyRequests: true);

        var records = await Sync.ReadRecordsAsync(Sync.Context(github));

        Assert.Equal(2, records.InteractionIds().Count);
        Assert.Equal(1, github.Limits.Refused);
    }

    [Fact]
    public async Task A_reset_further_away_than_the_allowed_wait_fails_the_sync_with_a_message_naming_the_setting()
    {
        await using var github = await StartWithIssuesAsync(1);
        github.Limits.Exhaust(TimeSpan.FromMinutes(40));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Sync.ReadBatchesAsync(Sync.Context(github, ("maxWaitSeconds", "60"))));

        Assert.Contains("rate limit", error.Message);
        Assert.Contains("'maxWaitSeconds'", error.Message);
        Assert.Contains("40 min", error.Message);
    }
}
