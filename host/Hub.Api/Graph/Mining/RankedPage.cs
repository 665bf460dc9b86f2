using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

/// <summary>A page of a ranked list (key accounts, win-back candidates) of one mining run, by rank.</summary>
/// <param name="Items">The customers on the page.</param>
/// <param name="Run">The run that ranked them; null when the miner has no succeeded run.</param>
/// <param name="HasNext">Whether more follow.</param>
/// <param name="HasPrevious">Whether the page started after a cursor.</param>
internal sealed record RankedPage(IReadOnlyList<RankedNode> Items, MiningRun? Run, bool HasNext, bool HasPrevious) : IPageInfo
{
    Task<bool> IPageInfo.HasNextPageAsync(CancellationToken cancellationToken) => Task.FromResult(HasNext);

    Task<bool> IPageInfo.HasPreviousPageAsync(CancellationToken cancellationToken) => Task.FromResult(HasPrevious);

    string? IPageInfo.StartCursor => Items.Count == 0 ? null : Cursor(Items[0]);

    string? IPageInfo.EndCursor => Items.Count == 0 ? null : Cursor(Items[^1]);

    public string Cursor(RankedNode node) => RankedCursor.Encode(Run!.Id, node.Item.Rank, node.Item.Customer.Number);
}
