using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Hub.Plugins.Commerce;

/// <summary>
/// A short fingerprint of one item as the shop sent it: the first 64 bits of the SHA-256 of its raw JSON, as 16
/// lower-case hex digits. A checkpoint keeps it beside the id of each item stored at its instant, so that a resumed read
/// passes over an item only if it is still what was stored.
/// </summary>
/// <remarks>
/// The raw JSON, byte for byte, rather than the mapped record: the records keep it as their <c>RawPayload</c> and take
/// every other field from it, so an item whose bytes are the same would be stored exactly as it already is, and any
/// change the hub would store changes the bytes (a rejected item, which has no record, is covered too). A shop writes an
/// unchanged item the same way on every read (the same fields in the same order), so the fingerprint is stable; if a
/// shop ever wrote it differently, the item would only be read again, which idempotent storage absorbs. Settings that
/// shape the records (<c>defaultCountry</c>) are not in it: a change of settings applies to items as they next change,
/// at the checkpoint's instant as before it. SHA-256 needs no extra dependency, and 64 bits make a chance collision
/// (an item changed within one second yet taken for unchanged) negligible.
/// </remarks>
internal static class ShopFingerprint
{
    private const int Bytes = 8;

    public static string Of(JsonElement item)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(JsonMarshal.GetRawUtf8Value(item), hash);
        return Convert.ToHexStringLower(hash[..Bytes]);
    }
}
