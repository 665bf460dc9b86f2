using System.Globalization;
using System.Runtime.CompilerServices;

namespace Hub.Plugins.GitHub;

/// <summary>
/// Walks a list GitHub can filter by <c>since</c> and sort by <c>updated</c>: issues, and comments. Each page's cursor
/// keeps the items of its second with the fingerprint of their records (<see cref="StreamCursor"/>).
/// </summary>
internal static class UpdatedItemPages
{
    public static async IAsyncEnumerable<GitHubPage<T>> ReadAsync<T>(
        RateLimitedCaller caller,
        Uri uri,
        IReadOnlyDictionary<string, string> parameters,
        StreamCursor cursor,
        int pageSize,
        Func<T, long> idOf,
        Func<T, DateTimeOffset> updatedAt,
        Func<T, string> fingerprintOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var query = new Dictionary<string, string>(parameters)
            {
                ["sort"] = "updated",
                ["direction"] = "asc",
                ["per_page"] = pageSize.ToString(CultureInfo.InvariantCulture),
                ["page"] = cursor.Page.ToString(CultureInfo.InvariantCulture),
            };
            if (cursor.Since is { } since) query["since"] = FormatTime(since);

            var response = await caller.GetAsync<List<T>>(uri, query, null, cancellationToken).ConfigureAwait(false);
            var listed = response.Body ?? [];
            var hasNext = listed.Count > 0 && response.HttpResponse.ApiInfo.Links.ContainsKey("next");
            var newest = listed.Count == 0 ? cursor.Since : Later(cursor.Since, listed.Max(updatedAt));
            // The items of the cursor's second it has already stored come back (since is inclusive): they are passed over
            // unless they changed again within that second. Only items of that second need their fingerprint taken.
            var items = listed.Where(item => updatedAt(item) != cursor.Since || !cursor.HasStored(idOf(item), updatedAt(item), fingerprintOf(item)))
                .ToList();
            var atNewest = items.Where(item => updatedAt(item) == newest).Select(item => new StoredItem(idOf(item), fingerprintOf(item)));

            // Asking again from the newest time seen, rather than for the next page, keeps the walk whole while people
            // are updating issues: an update moves an item to the end of the list instead of shifting unread items onto
            // a page already read. Only a page that is all one second has to move on by page number.
            var next = newest == cursor.Since
                ? (hasNext ? cursor with { Page = cursor.Page + 1 } : new StreamCursor(newest)).Storing(cursor.StoredItems().Concat(atNewest))
                : new StreamCursor(newest).Storing(atNewest);
            yield return new GitHubPage<T>(items, next);
            if (!hasNext) yield break;
            cursor = next;
        }
    }

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } known && known > b ? known : b;

    /// <summary>GitHub's timestamps have whole seconds, so cutting the fraction never skips anything.</summary>
    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
