using System.Runtime.CompilerServices;
using Hub.Contracts;
using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>Reads one repository's issues and pull requests, comments and stars, one page per batch.</summary>
internal sealed class RepositoryReader(RateLimitedCaller caller, UserDirectory users, int pageSize)
{
    private static readonly IReadOnlyDictionary<string, string> AllIssues = new Dictionary<string, string> { ["state"] = "all" };
    private static readonly IReadOnlyDictionary<string, string> NoFilter = new Dictionary<string, string>();

    /// <summary>Each page's records, with the repository's progress once they are stored.</summary>
    /// <param name="repository">The repository to read.</param>
    /// <param name="progress">Where each of its streams resumes.</param>
    /// <param name="cancellationToken">Stops between requests.</param>
    public async IAsyncEnumerable<(List<SourceRecord> Records, RepositoryProgress Progress)> ReadAsync(
        RepositoryName repository,
        RepositoryProgress progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var details = await GitHubErrors.GetRepositoryAsync(caller, repository, cancellationToken).ConfigureAwait(false);
        var (owner, name) = (repository.Owner, repository.Name);

        var issues = UpdatedItemPages.ReadAsync<Issue>(caller, ApiUrls.Issues(owner, name), AllIssues,
            progress.Issues, pageSize, i => i.Id, i => i.UpdatedAt ?? i.CreatedAt,
            i => RecordFingerprint.Of(GitHubRecords.Issue(i, repository)), cancellationToken);
        await foreach (var (records, next) in RecordsAsync(issues, i => i.User, i => GitHubRecords.Issue(i, repository), cancellationToken)
            .ConfigureAwait(false))
        {
            progress = progress with { Issues = next };
            yield return (records, progress);
        }

        var comments = UpdatedItemPages.ReadAsync<IssueComment>(caller, ApiUrls.IssueComments(owner, name), NoFilter,
            progress.Comments, pageSize, c => c.Id, c => c.UpdatedAt ?? c.CreatedAt,
            c => RecordFingerprint.Of(GitHubRecords.Comment(c, repository)), cancellationToken);
        await foreach (var (records, next) in RecordsAsync(comments, c => c.User, c => GitHubRecords.Comment(c, repository), cancellationToken)
            .ConfigureAwait(false))
        {
            progress = progress with { Comments = next };
            yield return (records, progress);
        }

        var stars = StarPages.ReadAsync(caller, ApiUrls.Stargazers(owner, name), progress.Stars, pageSize, cancellationToken);
        await foreach (var (records, next) in RecordsAsync(stars, s => s.User, s => GitHubRecords.Star(s, repository, details.HtmlUrl), cancellationToken)
            .ConfigureAwait(false))
        {
            progress = progress with { Stars = next };
            yield return (records, progress);
        }
    }

    /// <summary>Each page as records: the people met for the first time this sync, then what they did.</summary>
    private async IAsyncEnumerable<(List<SourceRecord> Records, StreamCursor Next)> RecordsAsync<T>(
        IAsyncEnumerable<GitHubPage<T>> pages,
        Func<T, User> authorOf,
        Func<T, InteractionRecord> interactionOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.ConfigureAwait(false))
        {
            var records = new List<SourceRecord>();
            foreach (var item in page.Items)
            {
                await users.AddAsync(authorOf(item), records, cancellationToken).ConfigureAwait(false);
                records.Add(interactionOf(item));
            }

            yield return (records, page.Next);
        }
    }
}
