using System.Globalization;
using GraphQL;
using GraphQL.Validation;

namespace Hub.Api.Limits;

/// <summary>
/// The refusals of <see cref="ApiLimits"/>: each names the limit, its value and setting, and what the caller can do,
/// with a code clients can branch on.
/// </summary>
internal static class LimitErrors
{
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooCostly = "QUERY_TOO_COSTLY";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string Timeout = "EXECUTION_TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";

    public static ValidationError TooDeep(int depth, ApiLimits limits) => new(
        $"The query nests {depth} levels deep; this hub allows at most {limits.MaxDepth} ({ApiLimits.MaxDepthKey}). " +
        $"Select less deeply nested data, or fetch the nested part with a separate query (e.g. customer(id: ...)); an operator can raise {ApiLimits.MaxDepthKey}.")
    { Code = QueryTooDeep };

    public static ValidationError TooCostly(double cost, ApiLimits limits) => new(
        $"The query could return about {Number((long)Math.Ceiling(cost))} objects (page sizes multiplied through nested lists); this hub allows at most " +
        $"{Number(limits.MaxCost)} per request ({ApiLimits.MaxCostKey}). Ask for smaller pages with first or last and follow the cursors, " +
        $"or split the query; an operator can raise {ApiLimits.MaxCostKey}.")
    { Code = QueryTooCostly };

    public static string TooLargeMessage(ApiLimits limits) =>
        $"The request body is larger than the {Bytes(limits.MaxBodyBytes)} this hub accepts ({ApiLimits.MaxBodyBytesKey}); " +
        $"send a smaller query or fewer variables, or have an operator raise {ApiLimits.MaxBodyBytesKey}.";

    public static ExecutionError TimedOut(ApiLimits limits) => new(
        $"The request did not finish within {Seconds(limits.ExecutionTimeout)} ({ApiLimits.ExecutionTimeoutKey}) and was stopped. " +
        $"Ask for less at once (smaller pages, fewer nested lists) and page through the rest; an operator can raise {ApiLimits.ExecutionTimeoutKey}.")
    { Code = Timeout };

    public static ExecutionError TooManyRequests(int retryAfterSeconds, ApiLimits limits) => new(
        $"Too many requests with this API key: a key may send {Number(limits.PermitsPerSecond)} requests per second on average, in bursts of up to " +
        $"{Number(limits.Burst)} ({ApiLimits.PermitsPerSecondKey}, {ApiLimits.BurstKey}). Wait {retryAfterSeconds} s (the Retry-After header) " +
        "and send the request again; spread requests out or send fewer, larger pages.")
    { Code = RateLimited };

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bytes(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{Number(bytes / (1024 * 1024))} MiB ({Number(bytes)} bytes)"
        : bytes % 1024 == 0 ? $"{Number(bytes / 1024)} KiB ({Number(bytes)} bytes)"
        : $"{Number(bytes)} bytes";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
