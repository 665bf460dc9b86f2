using System.Globalization;
using System.Runtime.CompilerServices;
using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>
/// Walks a repository's stargazers, oldest star first. GitHub cannot filter them by time, so the cursor remembers the
/// page of the newest star stored and the walk starts there instead of at page 1.
/// </summary>
internal static class StarPages
{
    /// <summary>The media type under which GitHub adds <c>starred_at</c> to each stargazer.</summary>
    public const string StarJson = "application/vnd.github.star+json";

    public static async IAsyncEnumerable<GitHubPage<UserStar>> ReadAsync(
        RateLimitedCaller caller,
        Uri uri,
        StreamCursor cursor,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = Math.Max(cursor.Page, 1);
        var (stars, hasNext) = await FetchAsync(caller, uri, page, pageSize, cancellationToken).ConfigureAwait(false);

        // Withdrawn stars shift later ones onto earlier pages: step back until the page starts no later than the newest
        // star stored, so no newer star can sit on a page before it.
        while (cursor.Since is { } since && page > 1 && (stars.Count == 0 || stars[0].StarredAt > since))
        {
            page--;
            (stars, hasNext) = await FetchAsync(caller, uri, page, pageSize, cancellationToken).ConfigureAwait(false);
        }

        var newest = cursor.Since;
        var atNewest = new List<long>(cursor.Ids ?? []);
        while (true)
        {
            // Inclusive, like the other streams: several stars can share the second of the newest one stored. Those of
            // that second already stored are passed over.
            var fresh = stars.Where(s => s.User is not null && (cursor.Since is not { } since || s.StarredAt >= since)
                && !cursor.HasStored(s.User.Id, s.StarredAt)).ToList();
            foreach (var star in fresh)
            {
                if (newest is null || star.StarredAt > newest)
                {
                    newest = star.StarredAt;
                    atNewest.Clear();
                }

                if (star.StarredAt == newest) atNewest.Add(star.User.Id);
            }

            yield return new GitHubPage<UserStar>(fresh, new StreamCursor(newest, page).Storing(atNewest));
            if (!hasNext) yield break;

            page++;
            (stars, hasNext) = await FetchAsync(caller, uri, page, pageSize, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<(List<UserStar> Stars, bool HasNext)> FetchAsync(
        RateLimitedCaller caller, Uri uri, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string>
        {
            ["per_page"] = pageSize.ToString(CultureInfo.InvariantCulture),
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        var response = await caller.GetAsync<List<UserStar>>(uri, query, StarJson, cancellationToken).ConfigureAwait(false);
        var stars = response.Body ?? [];
        return (stars, stars.Count > 0 && response.HttpResponse.ApiInfo.Links.ContainsKey("next"));
    }
}
