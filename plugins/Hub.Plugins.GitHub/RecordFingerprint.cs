using System.Security.Cryptography;
using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.GitHub;

/// <summary>
/// A short fingerprint of what the hub stores of an issue or comment: the first 64 bits of the SHA-256 of its mapped
/// record, serialized to JSON, as 16 lower-case hex digits. A cursor keeps it beside the id of each item stored at its
/// second, so that reading on passes over an item only if it would be stored exactly as it already is.
/// </summary>
/// <remarks>
/// The mapped record rather than the item's raw JSON: Octokit hands the connector parsed objects, not the bytes, and the
/// record is everything the hub keeps of the item (no raw payload). Mapping is deterministic, so an unchanged item gives
/// the same record, hence the same fingerprint, on every read; any change the hub would store (a title, a state, a
/// comment's text) changes it, while a change it would not store (a label, a reaction, the comment count) leaves it,
/// which loses nothing. Serializing the whole record, rather than listing its fields here, keeps fields added to the
/// mapping later covered; such a change of the connector alters fingerprints once, and the items of the cursor's second
/// are then read once more, which idempotent storage absorbs. SHA-256 needs no extra dependency, and 64 bits make a
/// chance collision (an item changed within one second yet taken for unchanged) negligible.
/// </remarks>
internal static class RecordFingerprint
{
    private const int Bytes = 8;

    public static string Of(SourceRecord record)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(record, record.GetType());
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json, hash);
        return Convert.ToHexStringLower(hash[..Bytes]);
    }
}
