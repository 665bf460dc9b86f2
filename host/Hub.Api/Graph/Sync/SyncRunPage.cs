using Hub.Core.Model;

namespace Hub.Api.Graph.Sync;

/// <summary>One page of runs, newest first, with the cursor of each.</summary>
/// <param name="Items">The runs on the page.</param>
/// <param name="HasNext">Whether older runs follow.</param>
/// <param name="HasPrevious">Whether newer runs come before (the page started after a cursor).</param>
internal sealed record SyncRunPage(IReadOnlyList<SyncRun> Items, bool HasNext, bool HasPrevious) : IPageInfo
{
    Task<bool> IPageInfo.HasNextPageAsync(CancellationToken cancellationToken) => Task.FromResult(HasNext);

    Task<bool> IPageInfo.HasPreviousPageAsync(CancellationToken cancellationToken) => Task.FromResult(HasPrevious);

    string? IPageInfo.StartCursor => Items.Count == 0 ? null : SyncRunCursor.Encode(Items[0]);

    string? IPageInfo.EndCursor => Items.Count == 0 ? null : SyncRunCursor.Encode(Items[^1]);
}
