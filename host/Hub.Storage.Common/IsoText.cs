using System.Globalization;
using Hub.Contracts;

namespace Hub.Storage.Common;

/// <summary>
/// The text forms values take in the database: UTC "O" timestamps (fixed width, so they sort as text), ISO dates,
/// invariant decimals (money is never a float) and enum names.
/// </summary>
public static class IsoText
{
    private static readonly string[] KindNames = Enum.GetNames<CustomerKind>();

    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static string? Timestamp(DateTimeOffset? value) => value is { } v ? Timestamp(v) : null;

    // The exact "O" form is what this code writes and parses several times faster; anything else (a hand edit) still reads.
    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact)
            ? exact
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseTimestampOrNull(string? text) => text is null ? null : ParseTimestamp(text);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Decimal(decimal? value) => value is { } v ? Decimal(v) : null;

    // Cached names: the ingest path must not allocate a string per row for the kind.
    public static string Kind(CustomerKind kind) =>
        (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown customer kind");

    public static CustomerKind ParseKind(string text) => Enum.Parse<CustomerKind>(text);
}
