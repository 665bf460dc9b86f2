using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

/// <summary>
/// The <c>first</c>/<c>after</c> arguments of a customer's orders or interactions, read and checked. Cursors are keyset
/// positions (time and row id), opaque to clients, and name the connection they belong to.
/// </summary>
internal sealed record HistoryPaging(string Kind, int First, HistoryPosition? After)
{
    /// <summary>What to ask the store: one item more than the page, to tell whether another page follows.</summary>
    public HistoryQuery Query => new(After, First + 1);

    public static HistoryPaging From(IResolveFieldContext context, string kind)
    {
        var first = context.GetArgument<int?>("first") ?? CustomersConnection.DefaultPageSize;
        if (first is < 0 or > CustomersConnection.MaxPageSize)
            throw ApiErrors.BadInput($"first must be between 0 and {CustomersConnection.MaxPageSize}, not {first.ToString(CultureInfo.InvariantCulture)}; follow the page's cursors for more.");
        var cursor = context.GetArgument<string?>("after");
        var after = cursor is null ? null : Decode(kind, cursor)
            ?? throw ApiErrors.BadInput($"after: this is not a cursor of a customer's {kind}; use an edge's cursor or pageInfo's endCursor from an earlier page of {kind}, or leave after out to start with the newest.");
        return new HistoryPaging(kind, first, after);
    }

    public HistoryPage<T> Page<T>(CustomerHistory<T> history, long customerNumber, Func<T, HistoryPosition> position)
    {
        var items = history.Items[customerNumber].ToList();
        return new HistoryPage<T>([.. items.Take(First)], items.Count > First, After is not null, history.TotalOf(customerNumber),
            item => Encode(Kind, position(item)));
    }

    private static string Encode(string kind, HistoryPosition position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        $"{kind}|{position.At.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{position.RowId.ToString(CultureInfo.InvariantCulture)}"));

    private static HistoryPosition? Decode(string kind, string cursor)
    {
        if (cursor.Length > 200) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            return parts.Length == 3 && parts[0] == kind
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)
                ? new HistoryPosition(new DateTimeOffset(ticks, TimeSpan.Zero), rowId)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
