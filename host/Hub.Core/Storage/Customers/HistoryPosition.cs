namespace Hub.Core.Storage.Customers;

/// <summary>Where an order or interaction sits in a customer's history: its time, and its row id to break ties.</summary>
/// <param name="At">When it was ordered or happened.</param>
/// <param name="RowId">Its storage row id, unique in its table.</param>
public sealed record HistoryPosition(DateTimeOffset At, long RowId);
