using System.Security.Cryptography;
using System.Text;

namespace Hub.Core.Model;

/// <summary>
/// The one-way forms of an erased person's identifiers: what the suppression list holds, and the id an erased record row
/// keeps in place of its source id. The same text always gives the same hash, so ingest can recognise the person again
/// without the hub keeping anything that reads back as the person.
/// </summary>
public static class IdentifierHash
{
    /// <summary>What an erased record's source id starts with.</summary>
    public const string ErasedPrefix = "erased:";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The hash of a record's key; NUL between the parts, since no source name contains it.</summary>
    public static string OfRecord(string source, string sourceId) => Of(source + "\0" + sourceId);

    /// <summary>The source id an erased record keeps: unique per record, and not the person's id.</summary>
    public static string ErasedSourceId(string source, string sourceId) => ErasedPrefix + OfRecord(source, sourceId);

    /// <summary>Whether a source id is one an erasure wrote.</summary>
    public static bool IsErased(string sourceId) => sourceId.StartsWith(ErasedPrefix, StringComparison.Ordinal);
}
