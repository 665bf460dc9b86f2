using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

/// <summary>
/// One page of the customers connection, as the connection's resolvers see it. Whether pages lie beyond it in a direction
/// the request did not read is only worked out (one small query) when a client asks.
/// </summary>
/// <param name="Rows">The customers on the page, in the requested order, with their positions.</param>
/// <param name="Order">The ordering, for the cursors.</param>
/// <param name="HasNextPage">Whether customers follow the page, or how to find out.</param>
/// <param name="HasPreviousPage">Whether customers come before it, or how to find out.</param>
/// <param name="Filter">The filter, for totalCount.</param>
internal sealed record CustomerPage(
    IReadOnlyList<CustomerRow> Rows,
    IReadOnlyList<CustomerOrder> Order,
    Func<CancellationToken, Task<bool>> HasNextPage,
    Func<CancellationToken, Task<bool>> HasPreviousPage,
    CustomerFilter? Filter) : IPageInfo
{
    string? IPageInfo.StartCursor => Rows.Count == 0 ? null : Cursor(Rows[0]);

    string? IPageInfo.EndCursor => Rows.Count == 0 ? null : Cursor(Rows[^1]);

    Task<bool> IPageInfo.HasNextPageAsync(CancellationToken cancellationToken) => HasNextPage(cancellationToken);

    Task<bool> IPageInfo.HasPreviousPageAsync(CancellationToken cancellationToken) => HasPreviousPage(cancellationToken);

    public string Cursor(CustomerRow row) => CustomerCursor.Encode(Order, row.Position);
}
