using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Hub.Core.Storage.Customers;

namespace Hub.Api.Graph;

/// <summary>
/// Keyset cursors for the customers connection: the ordering they were made under and the customer's position in it (its
/// ordering values and number), so a page continues where the last ended even if that customer has since changed or been
/// merged away. Opaque to clients: base64url of a small JSON document.
/// </summary>
internal static class CustomerCursor
{
    private const int MaxLength = 2048;

    /// <summary>Names an ordering, so a cursor is not used under another one.</summary>
    public static string Signature(IReadOnlyList<CustomerOrder> order) =>
        order.Count == 0 ? "" : string.Join(",", order.Select(o => o.Field + (o.Descending ? "-" : "+")));

    public static string Encode(IReadOnlyList<CustomerOrder> order, CustomerPosition position)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new object[] { Signature(order), position.Values });
        return Base64Url.EncodeToString(json);
    }

    /// <summary>The position in a cursor made under this ordering; null when the text is not such a cursor.</summary>
    public static CustomerPosition? Decode(string? cursor, IReadOnlyList<CustomerOrder> order, out bool otherOrdering)
    {
        otherOrdering = false;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength) return null;
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 2 || root[0].ValueKind != JsonValueKind.String
                || root[1].ValueKind != JsonValueKind.Array) return null;
            if (root[0].GetString() != Signature(order))
            {
                otherOrdering = true;
                return null;
            }

            var values = new List<object>();
            foreach (var value in root[1].EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)) values.Add(number);
                // Scores order as real numbers.
                else if (value.ValueKind == JsonValueKind.Number) values.Add(value.GetDouble());
                else if (value.ValueKind == JsonValueKind.String) values.Add(value.GetString()!);
                else return null;
            }

            return values.Count == 0 ? null : new CustomerPosition(values);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
