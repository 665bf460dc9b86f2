using System.Globalization;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// Reads call times written in the PBX's local time (cdr_csv writes <c>YYYY-MM-DD HH:MM:SS</c> without an offset) as
/// instants. Looking an offset up in a time zone costs about as much as the rest of a row, and CDRs come in time order,
/// so the offset of the last hour seen is kept. One clock serves one read; it is not thread-safe.
/// </summary>
internal sealed class PbxClock(TimeZoneInfo zone)
{
    private const int CdrLength = 19;

    // Far enough from DateTime's limits that no offset pushes an instant past them.
    private const int EarliestYear = 1900;
    private const int LatestYear = 9998;

    private long _hour = long.MinValue;
    private TimeSpan? _hourOffset;

    /// <summary>cdr_csv's format, or ISO 8601 (year first); a time without an offset is in the PBX's zone.</summary>
    public bool TryParse(string text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length == CdrLength && text[10] == ' ')
        {
            if (!TryParseCdr(text, out var local)) return false;
            time = new DateTimeOffset(local, OffsetAt(local));
            return true;
        }

        // The general parser also takes "03/05/2024" and "May 3"; only year-first text is unambiguous.
        if (text.Length < 10 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[3]) || text[4] != '-' || text[7] != '-') return false;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || parsed.Year is < EarliestYear or > LatestYear)
        {
            return false;
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
        }

        time = new DateTimeOffset(parsed, OffsetAt(parsed));
        return true;
    }

    // The general parsers cost several times more than the rest of a CDR line; this fixed layout needs none of their rules.
    private static bool TryParseCdr(ReadOnlySpan<char> text, out DateTime local)
    {
        local = default;
        if (text[4] != '-' || text[7] != '-' || text[13] != ':' || text[16] != ':') return false;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute)
            || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        if (year is < EarliestYear or > LatestYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // An hour with a daylight-saving change in it is looked up row by row; any other hour once.
    private TimeSpan OffsetAt(DateTime local)
    {
        var hour = local.Ticks / TimeSpan.TicksPerHour;
        if (hour != _hour)
        {
            _hour = hour;
            var start = new DateTime(hour * TimeSpan.TicksPerHour, DateTimeKind.Unspecified);
            var first = zone.GetUtcOffset(start);
            var last = zone.GetUtcOffset(start.AddTicks(TimeSpan.TicksPerHour - 1));
            _hourOffset = first == last ? first : null;
        }

        return _hourOffset ?? zone.GetUtcOffset(local);
    }
}
