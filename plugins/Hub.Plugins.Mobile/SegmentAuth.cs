using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>
/// Segment's two ways of presenting the write key: HTTP Basic with the key as the user name and an empty password
/// (<c>Authorization: Basic base64("key:")</c>; a key encoded without the colon is accepted too, as Segment does), or
/// <c>writeKey</c> in the JSON body.
/// </summary>
internal static class SegmentAuth
{
    public static bool IsAuthorized(PushRequest request, string? writeKey)
    {
        // An instance without a key must not take anonymous data.
        if (string.IsNullOrEmpty(writeKey)) return false;
        if (BasicUser(request) is { } user && Same(user, writeKey)) return true;
        return BodyWriteKey(request) is { } sent && Same(sent, writeKey);
    }

    private static string? BasicUser(PushRequest request)
    {
        if (!request.Headers.TryGetValue("authorization", out var header)) return null;
        const string scheme = "Basic ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[scheme.Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? decoded : decoded[..colon];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? BodyWriteKey(PushRequest request)
    {
        try
        {
            using var document = SegmentBody.Parse(SegmentBody.Decode(request));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("writeKey", out var key)
                && key.ValueKind == JsonValueKind.String
                ? key.GetString()
                : null;
        }
        catch (PushRejectedException)
        {
            return null;
        }
    }

    // Constant time, so response timings do not reveal how much of a guessed key was right.
    private static bool Same(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
