namespace Hub.Api.Graph;

/// <summary>One page of a customer's orders or interactions, newest first.</summary>
/// <param name="Items">The items on the page.</param>
/// <param name="HasNext">Whether older items follow.</param>
/// <param name="HasPrevious">Whether newer items come before (the page started after a cursor).</param>
/// <param name="TotalCount">How many items the customer has in all.</param>
/// <param name="Cursor">The cursor of an item.</param>
internal sealed record HistoryPage<T>(IReadOnlyList<T> Items, bool HasNext, bool HasPrevious, long TotalCount, Func<T, string> Cursor) : IPageInfo
{
    Task<bool> IPageInfo.HasNextPageAsync(CancellationToken cancellationToken) => Task.FromResult(HasNext);

    Task<bool> IPageInfo.HasPreviousPageAsync(CancellationToken cancellationToken) => Task.FromResult(HasPrevious);

    string? IPageInfo.StartCursor => Items.Count == 0 ? null : Cursor(Items[0]);

    string? IPageInfo.EndCursor => Items.Count == 0 ? null : Cursor(Items[^1]);
}
