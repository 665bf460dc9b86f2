namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>
/// What one client reads next: the pages of a country from the first, each after the last one's end cursor, up to
/// <see cref="PagesPerWalk"/> deep; then the next country from the start. Clients start at different countries, so they
/// never ask for the same page at the same time and no one page stays hot in any cache.
/// </summary>
internal sealed class PageWalk(int start)
{
    /// <summary>Pages read before a walk starts again: 1,000 customers deep, as a BI tool paging an export would go.</summary>
    public const int PagesPerWalk = 20;

    private int _country = start;
    private int _depth;

    public string Country => ApiQuery.Countries[_country % ApiQuery.Countries.Length];

    public string? After { get; private set; }

    /// <summary>Follows the page just read, or starts the next walk when it was the last or deep enough.</summary>
    public void Advance(PageReply reply)
    {
        if (reply.HasNextPage && ++_depth < PagesPerWalk)
        {
            After = reply.EndCursor;
            return;
        }

        _country++;
        _depth = 0;
        After = null;
    }
}
