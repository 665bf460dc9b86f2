using System.Text;

namespace Hub.Identity.Normalization;

/// <summary>Reads dates in the forms people type into forms and spreadsheets, refusing any it cannot read for certain.</summary>
public static class DateText
{
    /// <summary>
    /// Reads, with whitespace around allowed: year first as <c>1990-01-02</c>, <c>1990/1/2</c>, <c>1990.01.02</c> or
    /// <c>19900102</c>; Chinese <c>1990年1月2日</c>; <c>02.01.1990</c> day first; and with slashes <c>01/02/1990</c>
    /// month first (US), except that a first number above 12 can only be a day (<c>13/01/1990</c>).
    /// Years have four digits. False for anything else and for dates that do not exist (Feb 30).
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null) return false;
        var s = text.AsSpan().Trim();
        // Full-width digits and separators (１９９０／１／２) become ASCII; other text is ASCII or has 年月日 in it.
        if (!Ascii.IsValid(s)) s = s.ToString().Normalize(NormalizationForm.FormKC).AsSpan().Trim();
        if (s.Length == 8 && !s.ContainsAnyExceptInRange('0', '9')) return TryCreate(s[..4], s[4..6], s[6..], out date);
        if (s.Contains('年')) return TryParseChinese(s, out date);

        var firstEnd = s.IndexOfAnyExceptInRange('0', '9');
        if (firstEnd <= 0) return false;
        var separator = s[firstEnd];
        if (separator is not ('-' or '/' or '.')) return false;
        var rest = s[(firstEnd + 1)..];
        var secondEnd = rest.IndexOf(separator);
        if (secondEnd < 0) return false;
        var first = s[..firstEnd];
        var second = rest[..secondEnd];
        var third = rest[(secondEnd + 1)..];

        if (first.Length == 4) return TryCreate(first, second, third, out date);
        if (third.Length != 4 || first.Length > 2) return false;
        if (separator == '.') return TryCreate(third, second, first, out date);
        // Dashes with the year last are refused: both orders are common with them and nothing tells them apart.
        if (separator != '/') return false;
        return Number(first) <= 12 ? TryCreate(third, first, second, out date) : TryCreate(third, second, first, out date);
    }

    private static bool TryParseChinese(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        var year = s.IndexOf('年');
        var month = s.IndexOf('月');
        if (month < year) return false;
        var day = s[(month + 1)..].TrimEnd();
        // 日 is the written form, 号 the spoken one; both end the date.
        if (day.Length > 0 && day[^1] is '日' or '号') day = day[..^1];
        return TryCreate(s[..year].Trim(), s[(year + 1)..month].Trim(), day.Trim(), out date);
    }

    private static bool TryCreate(ReadOnlySpan<char> year, ReadOnlySpan<char> month, ReadOnlySpan<char> day, out DateOnly date)
    {
        date = default;
        if (year.Length != 4 || month.Length > 2 || day.Length > 2) return false;
        var y = Number(year);
        var m = Number(month);
        var d = Number(day);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>The value of one to four ASCII digits, or -1.</summary>
    private static int Number(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 4) return -1;
        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
