using Hub.Contracts;

namespace Hub.Core.Storage.Customers;

/// <summary>An order as stored, with the customer it reached through the source record it names.</summary>
/// <param name="CustomerNumber">The customer of the source record the order names.</param>
/// <param name="Position">When it was ordered and its row id: its place in the customer's orders.</param>
/// <param name="Source">The source that sent it.</param>
/// <param name="OrderId">The order's id in its source.</param>
/// <param name="Amount">The order total.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Amount"/>.</param>
/// <param name="Lines">The order lines, when the source sent them.</param>
public sealed record StoredOrder(
    long CustomerNumber, HistoryPosition Position, string Source, string OrderId, decimal Amount, string Currency, IReadOnlyList<OrderLine> Lines);
