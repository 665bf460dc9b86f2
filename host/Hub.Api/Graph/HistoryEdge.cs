namespace Hub.Api.Graph;

/// <summary>An order or interaction on a page and its cursor.</summary>
internal sealed record HistoryEdge<T>(T Node, string Cursor);
