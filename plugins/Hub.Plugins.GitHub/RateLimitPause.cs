using System.Globalization;
using System.Net;
using Octokit;

namespace Hub.Plugins.GitHub;

/// <summary>How long GitHub asked to be left alone, read from a refused request.</summary>
/// <param name="Wait">How long to wait before trying again.</param>
/// <param name="Primary">True for the hourly quota (wait for its reset), false for a secondary limit (wait as told).</param>
internal sealed record RateLimitPause(TimeSpan Wait, bool Primary)
{
    /// <summary>GitHub's advice when a secondary limit names no time: wait at least a minute.</summary>
    public static readonly TimeSpan SecondaryDefault = TimeSpan.FromMinutes(1);

    // The reset time has whole-second resolution and clocks drift; a little slack avoids one more refusal.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    /// <summary>The pause the exception asks for, or null when it is not a rate limit.</summary>
    public static RateLimitPause? Of(ApiException error, DateTimeOffset now)
    {
        if (error is RateLimitExceededException primary) return new(primary.GetRetryAfterTimeSpan() + Slack, Primary: true);
        if (error.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)) return null;

        var headers = error.HttpResponse?.Headers ?? new Dictionary<string, string>();
        if (RetryAfter(headers, now) is { } retryAfter) return new(retryAfter, Primary: false);
        if (error is AbuseException { RetryAfterSeconds: { } seconds }) return new(TimeSpan.FromSeconds(seconds), Primary: false);
        if (Header(headers, "X-RateLimit-Remaining") == "0"
            && long.TryParse(Header(headers, "X-RateLimit-Reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - now;
            return new(wait > TimeSpan.Zero ? wait + Slack : Slack, Primary: true);
        }

        var secondary = error is SecondaryRateLimitExceededException or AbuseException || error.StatusCode == HttpStatusCode.TooManyRequests;
        return secondary ? new(SecondaryDefault, Primary: false) : null;
    }

    private static TimeSpan? RetryAfter(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        if (Header(headers, "Retry-After") is not { } value) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(Math.Max(seconds, 0));
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at > now ? at - now : TimeSpan.Zero)
            : null;
    }

    private static string? Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
