using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Server.Cli;

/// <summary>The <c>--expires</c> value of <c>hub apikey create</c>: a number of days (<c>90d</c>) or a last day (<c>2027-01-31</c>).</summary>
public static partial class KeyExpiry
{
    private const int MaxDays = 36_500;

    /// <summary>
    /// When a key created at <paramref name="now"/> stops working: <c>90d</c> is 90 days from now, a date is the end of
    /// that day in UTC (the key works through it). Null with an <paramref name="error"/> that says what to write instead.
    /// </summary>
    public static DateTimeOffset? Parse(string text, DateTimeOffset now, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var trimmed = text.Trim();
        if (Days().Match(trimmed) is { Success: true } match)
        {
            if (int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= MaxDays)
                return now.AddDays(days);
            error = $"--expires: '{text}' must be between 1d and {MaxDays}d";
            return null;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var end = new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (end > now) return end;
            error = $"--expires: {trimmed} has passed; give a later date or a number of days such as 90d";
            return null;
        }

        error = $"--expires: '{text}' is neither a number of days (e.g. 90d) nor a date (e.g. 2027-01-31)";
        return null;
    }

    [GeneratedRegex(@"^(\d{1,9})d$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Days();
}
