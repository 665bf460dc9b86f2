using System.Buffers.Text;
using System.Text.Json;

namespace Hub.SampleData.Fakes;

/// <summary>
/// A <c>page_info</c> value: the query of the first page, a direction, and the sort key to continue from. Paging by
/// key rather than by offset keeps pages stable while the shop changes underneath, as Shopify's cursors do.
/// </summary>
internal sealed record FakeShopCursor(FakeShopQuery Query, bool Forward, long KeyValue, long KeyId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, Json));

    /// <summary>The cursor, or null when the text is not one this shop wrote for <paramref name="resource"/>.</summary>
    public static FakeShopCursor? Decode(string text, string resource)
    {
        try
        {
            var cursor = JsonSerializer.Deserialize<FakeShopCursor>(Base64Url.DecodeFromChars(text), Json);
            return cursor?.Query?.Resource == resource ? cursor : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
