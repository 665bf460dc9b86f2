using Hub.Contracts;
using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>
/// The people met during one sync. Each one's profile is fetched once, the first time they appear, and their record
/// goes into the same batch as that first interaction.
/// </summary>
internal sealed class UserDirectory(RateLimitedCaller caller)
{
    private readonly HashSet<long> _seen = [];

    /// <summary>Adds the record of <paramref name="author"/> to <paramref name="records"/> unless this sync has already.</summary>
    public async Task AddAsync(User? author, List<SourceRecord> records, CancellationToken cancellationToken)
    {
        if (author is null || !_seen.Add(author.Id)) return;
        if (GitHubRecords.IsGhost(author))
        {
            records.Add(GitHubRecords.Tombstone(author));
            return;
        }

        try
        {
            var profile = await caller.GetAsync<User>(ApiUrls.User(author.Login), null, null, cancellationToken).ConfigureAwait(false);
            var user = profile.Body ?? throw new InvalidOperationException($"GitHub answered users/{author.Login} without a profile");
            records.Add(GitHubRecords.Customer(user));
        }
        catch (NotFoundException)
        {
            // A deleted or suspended account: its issues and comments remain, its profile is gone.
            records.Add(GitHubRecords.Tombstone(author));
        }
    }
}
