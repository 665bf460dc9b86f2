using Hub.Core.Model;
using Hub.Identity;

namespace Hub.Pipeline.Privacy;

/// <summary>
/// The hashes an identifier is suppressed under, in the forms identity resolution compares (<see cref="IdentityNormalizer"/>):
/// <c>Ann@Example.com </c> and <c>ann@example.com</c>, or <c>0086 138 0013 8000</c> and <c>+86 13800138000</c>, hash the
/// same, so a source that writes the person's e-mail or phone differently still cannot bring them back. One place, used
/// by the erasure that fills the list and by ingest that checks it.
/// </summary>
public sealed class SuppressionKeys(string defaultRegion)
{
    /// <summary>Every suppression a record of an erased person gives: its key, and its e-mail and phone when they are usable.</summary>
    public IEnumerable<Suppression> Of(ErasableRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        yield return new Suppression(SuppressionKind.Record, IdentifierHash.OfRecord(record.Source, record.SourceId));
        if (Email(record.Email) is { } email) yield return new Suppression(SuppressionKind.Email, email);
        if (Phone(record.Phone, record.Country) is { } phone) yield return new Suppression(SuppressionKind.Phone, phone);
    }

    /// <summary>The hash of a record's key.</summary>
    public static string Record(string source, string sourceId) => IdentifierHash.OfRecord(source, sourceId);

    /// <summary>The hash of an e-mail address, or null when it is no address.</summary>
    public static string? Email(string? email) =>
        IdentityNormalizer.NormalizeEmail(email) is { } normalized ? IdentifierHash.Of(normalized) : null;

    /// <summary>The hash of a phone number in E.164, or null when it is no valid number.</summary>
    public string? Phone(string? phone, string? country) =>
        IdentityNormalizer.NormalizePhone(phone, country, defaultRegion) is { } normalized ? IdentifierHash.Of(normalized) : null;
}
