using System.Globalization;

namespace Hub.Plugins.Commerce;

/// <summary>Reads how long a throttled shop asks to be left alone.</summary>
internal static class RetryAfter
{
    /// <summary>
    /// The wait the response asks for, or null when it names none. Shopify writes fractional seconds (<c>2.0</c>), which
    /// .NET's typed header refuses, so the raw value is read: seconds, fractional or not, or an HTTP date.
    /// </summary>
    public static TimeSpan? Of(HttpResponseMessage response, DateTimeOffset now)
    {
        if (!response.Headers.NonValidated.TryGetValues("Retry-After", out var values)) return null;
        var text = values.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at > now ? at - now : TimeSpan.Zero
            : null;
    }
}
