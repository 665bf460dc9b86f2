namespace Hub.Core.Storage.Customers;

/// <summary>Which of each customer's orders or interactions to read: newest first, the first <paramref name="Limit"/> after a position.</summary>
/// <param name="After">Only items older than this position (keyset paging); null for the newest.</param>
/// <param name="Limit">At most this many items per customer.</param>
public sealed record HistoryQuery(HistoryPosition? After, int Limit);
