using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Hub.Api.Graph.Mining;

/// <summary>
/// Cursors of the ranked lists: the run whose ranking they page through, and the rank and customer number of the last
/// item, so a page continues exactly where the last ended as long as that run is current. Opaque to clients.
/// </summary>
internal static class RankedCursor
{
    private const string Kind = "ranked";

    public static string Encode(long runId, long rank, long customerNumber) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Kind}|{runId}|{rank}|{customerNumber}")));

    /// <summary>The run, rank and customer number in the cursor, or null when it is not a cursor of a ranked list.</summary>
    public static (long RunId, long Rank, long CustomerNumber)? Decode(string cursor)
    {
        if (cursor.Length > 200) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            return parts.Length == 4 && parts[0] == Kind && Number(parts[1]) is { } run && Number(parts[2]) is { } rank && Number(parts[3]) is { } customer
                ? (run, rank, customer)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static long? Number(string text) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
