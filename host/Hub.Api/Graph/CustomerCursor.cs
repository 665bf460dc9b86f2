using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Hub.Api.Graph;

/// <summary>
/// Keyset cursors for the customers connection. The customer number is wrapped so clients treat the cursor as
/// opaque (and do not start doing arithmetic on it, which would break once ordering options arrive).
/// </summary>
internal static class CustomerCursor
{
    private const string Prefix = "customer:";

    public static string Encode(long customerNumber) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + customerNumber.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string? cursor, out long customerNumber)
    {
        customerNumber = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 64) return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out customerNumber)
            && customerNumber > 0;
    }
}
