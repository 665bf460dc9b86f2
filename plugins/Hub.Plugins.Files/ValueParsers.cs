using System.Globalization;

namespace Hub.Plugins.Files;

/// <summary>Reads dates, amounts and currencies the way people write them in spreadsheets, strictly enough to catch mistakes.</summary>
internal static class ValueParsers
{
    // Single-digit months and days are accepted too: spreadsheets write 3/7/1980 as often as 03/07/1980.
    private static readonly string[] BirthDateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyyMMdd", "yyyy/MM/dd", "yyyy/M/d", "MM/dd/yyyy", "M/d/yyyy", "dd.MM.yyyy", "d.M.yyyy",
    ];

    // A thousands separator is refused: "12,50" is 12.50 to half the world and 1250 to the other half.
    private const NumberStyles AmountStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParseBirthDate(string text, out DateOnly date) =>
        // Trying ISO alone first is several times faster than the format list, and ISO is what most files hold.
        (text.Length == 10 && text[4] == '-' && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        || DateOnly.TryParseExact(text, BirthDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>ISO 8601 date or date-time (a date alone is midnight UTC, no offset means UTC), or <c>YYYYMMDD</c>.</summary>
    public static bool TryParseTimestamp(string text, out DateTimeOffset timestamp)
    {
        if (text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            timestamp = new DateTimeOffset(day, TimeOnly.MinValue, TimeSpan.Zero);
            return true;
        }

        // The general parser also takes "03/05/2024" and "May 3"; only ISO 8601 (year first) is unambiguous.
        timestamp = default;
        return text.Length >= 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[3]) && text[4] == '-' && text[7] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp);
    }

    public static bool TryParseAmount(string text, out decimal amount) =>
        decimal.TryParse(text, AmountStyle, CultureInfo.InvariantCulture, out amount);

    /// <summary>An ISO 4217 code is three letters; it is stored upper-case.</summary>
    public static bool TryParseCurrency(string text, out string currency)
    {
        currency = text.ToUpperInvariant();
        return currency.Length == 3 && currency.All(char.IsAsciiLetterUpper);
    }
}
