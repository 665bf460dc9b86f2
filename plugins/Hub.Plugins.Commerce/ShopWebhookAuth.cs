using System.Security.Cryptography;
using System.Text;
using Hub.Contracts;

namespace Hub.Plugins.Commerce;

/// <summary>
/// Shopify signs every webhook with the app's client secret: <c>X-Shopify-Hmac-Sha256</c> is the base64 HMAC-SHA256 of
/// the raw body. The signature is the only proof a webhook came from the shop, so an instance without a secret takes none.
/// </summary>
internal static class ShopWebhookAuth
{
    public const string SignatureHeader = "x-shopify-hmac-sha256";

    public static bool IsAuthorized(PushRequest request, string? secret)
    {
        if (string.IsNullOrEmpty(secret)) return false;
        if (!request.Headers.TryGetValue(SignatureHeader, out var sent)) return false;

        byte[] presented;
        try
        {
            presented = Convert.FromBase64String(sent.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Sign(secret, request.Body.Span);
        // Constant time, so response timings do not reveal how much of a forged signature was right.
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }

    /// <summary>The signature Shopify sends for <paramref name="body"/>.</summary>
    public static byte[] Sign(string secret, ReadOnlySpan<byte> body) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
}
