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
        || DateOnly.TryParseExact(text, BirthDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        // Only text the format list refused gets here, so nothing it reads is read differently.
        || TryParseOtherBirthDate(text, out date);

    /// <summary>
    /// The forms the format list cannot express: whitespace around a date, <c>1990.01.02</c>, <c>1990年1月2日</c>, and
    /// <c>13/01/1990</c>, day first because no month is 13 (with a first number up to 12, slashes stay month first).
    /// The identity engine's DateText reads the same forms; plugins cannot share its code.
    /// </summary>
    private static bool TryParseOtherBirthDate(string written, out DateOnly date)
    {
        date = default;
        var text = written.AsSpan().Trim();
        if (text.Length != written.Length
            && DateOnly.TryParseExact(text, BirthDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // 日 is the written form, 号 the spoken one.
        if (text.Length > 0 && text[^1] is '日' or '号') text = text[..^1];
        Span<Range> parts = stackalloc Range[4];
        if (text.SplitAny(parts, "年月./") != 3) return false;
        ReadOnlySpan<char> first = text[parts[0]], second = text[parts[1]], third = text[parts[2]];
        var separators = (text[parts[0].End.Value], text[parts[1].End.Value]);
        if (first.Length == 4 && separators is ('年', '月') or ('.', '.') or ('/', '/')) return TryCreate(first, second, third, out date);
        return separators is ('/', '/') && third.Length == 4 && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day > 12 && TryCreate(third, second, first, out date);
    }

    private static bool TryCreate(ReadOnlySpan<char> year, ReadOnlySpan<char> month, ReadOnlySpan<char> day, out DateOnly date)
    {
        date = default;
        if (year.Length != 4 || month.Length > 2 || day.Length > 2
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

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
