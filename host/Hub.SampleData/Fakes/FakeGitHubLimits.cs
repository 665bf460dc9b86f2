using System.Globalization;
using System.Net;

namespace Hub.SampleData.Fakes;

/// <summary>
/// The fake GitHub's rate limits: an hourly quota reported on every answer in GitHub's <c>X-RateLimit-*</c> headers,
/// and switches that make it refuse requests the way GitHub does, so clients can be tested waiting them out.
/// </summary>
public sealed class FakeGitHubLimits
{
    internal const string PrimaryMessage = "API rate limit exceeded for 127.0.0.1. (Authenticated requests get a higher rate limit.)";
    internal const string SecondaryMessage = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private int _used;
    private long _resetAt;
    private int _throttled;
    private int _retryAfterSeconds;
    private HttpStatusCode _throttleStatus;

    internal FakeGitHubLimits(TimeProvider time, int limit)
    {
        _time = time;
        Limit = limit;
        _resetAt = Now() + 3600;
    }

    /// <summary>Requests allowed per hour.</summary>
    public int Limit { get; }

    /// <summary>Requests refused by a limit so far.</summary>
    public int Refused { get; private set; }

    /// <summary>
    /// Brings the quota down to <paramref name="remaining"/> requests, after which requests are refused with 403 until
    /// the reset, <paramref name="resetAfter"/> from now (default one second). With 0 the very next request is refused;
    /// with 1 it is answered with <c>X-RateLimit-Remaining: 0</c>, as GitHub answers the last request of an hour.
    /// </summary>
    public void Exhaust(TimeSpan? resetAfter = null, int remaining = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(remaining);
        lock (_gate)
        {
            _used = Math.Max(Limit - remaining, 0);
            _resetAt = (long)Math.Ceiling((_time.GetUtcNow() + (resetAfter ?? TimeSpan.FromSeconds(1))).ToUnixTimeMilliseconds() / 1000.0);
        }
    }

    /// <summary>Refuses the next <paramref name="requests"/> requests with a secondary limit and <c>Retry-After</c>.</summary>
    /// <param name="requests">How many requests to refuse.</param>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> value sent.</param>
    /// <param name="tooManyRequests">Answer 429 instead of GitHub's usual 403.</param>
    public void Throttle(int requests, int retryAfterSeconds = 1, bool tooManyRequests = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        lock (_gate)
        {
            _throttled = requests;
            _retryAfterSeconds = retryAfterSeconds;
            _throttleStatus = tooManyRequests ? HttpStatusCode.TooManyRequests : HttpStatusCode.Forbidden;
        }
    }

    /// <summary>Counts one request; the refusal to send instead of an answer, if any, and the headers every answer carries.</summary>
    internal (HttpStatusCode Status, string Message)? Admit(IDictionary<string, string> headers)
    {
        lock (_gate)
        {
            var now = Now();
            if (now >= _resetAt)
            {
                _used = 0;
                _resetAt = now + 3600;
            }

            (HttpStatusCode, string)? refusal = null;
            if (_throttled > 0)
            {
                _throttled--;
                headers["Retry-After"] = _retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                refusal = (_throttleStatus, SecondaryMessage);
            }
            else if (_used < Limit)
            {
                _used++;
            }
            else
            {
                refusal = (HttpStatusCode.Forbidden, PrimaryMessage);
            }

            if (refusal is not null) Refused++;
            headers["X-RateLimit-Limit"] = Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = (Limit - _used).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Used"] = _used.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = _resetAt.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Resource"] = "core";
            return refusal;
        }
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeSeconds();
}
