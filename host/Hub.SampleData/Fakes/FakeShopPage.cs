namespace Hub.SampleData.Fakes;

/// <summary>One page of a list, and the cursors of its neighbours (null where there is none).</summary>
internal sealed record FakeShopPage<T>(IReadOnlyList<T> Items, FakeShopCursor? Previous, FakeShopCursor? Next)
{
    /// <summary>Cuts the page <paramref name="cursor"/> points at (the first page without one) out of the matching items.</summary>
    public static FakeShopPage<T> Cut(IEnumerable<T> matching, Func<T, (long Value, long Id)> key, FakeShopQuery query, FakeShopCursor? cursor, int limit)
    {
        var sorted = matching.Select(item => (Item: item, Key: key(item))).OrderBy(e => e.Key).ToList();
        int start, end;
        if (cursor is null)
        {
            (start, end) = (0, Math.Min(limit, sorted.Count));
        }
        else if (cursor.Forward)
        {
            start = sorted.FindIndex(e => e.Key.CompareTo((cursor.KeyValue, cursor.KeyId)) > 0);
            if (start < 0) start = sorted.Count;
            end = Math.Min(start + limit, sorted.Count);
        }
        else
        {
            end = sorted.FindIndex(e => e.Key.CompareTo((cursor.KeyValue, cursor.KeyId)) >= 0);
            if (end < 0) end = sorted.Count;
            start = Math.Max(0, end - limit);
        }

        var page = sorted[start..end];
        // Shopify's first page has no previous link, even when a filter hides older items.
        var previous = cursor is not null && start > 0 && page.Count > 0
            ? new FakeShopCursor(query, Forward: false, page[0].Key.Value, page[0].Key.Id)
            : null;
        var next = end < sorted.Count && page.Count > 0
            ? new FakeShopCursor(query, Forward: true, page[^1].Key.Value, page[^1].Key.Id)
            : null;
        return new FakeShopPage<T>([.. page.Select(e => e.Item)], previous, next);
    }
}
