using System.Globalization;
using Hub.Core;
using Microsoft.Extensions.Configuration;

namespace Hub.Api.Limits;

/// <summary>
/// What one GraphQL request may ask of the hub, from the <c>Hub:Api</c> configuration section. The defaults are generous
/// enough for BI tools that page through every customer; they stop runaway queries, not normal use.
/// </summary>
/// <param name="MaxDepth">How deeply selections may nest (<c>{ customers { edges { node { id } } } }</c> is 4).</param>
/// <param name="MaxCost">How many objects a query may ask for, estimated from its page sizes before it runs.</param>
/// <param name="MaxBodyBytes">The largest POST body read; a larger one is answered 413.</param>
/// <param name="ExecutionTimeout">How long a request may execute before it is answered 504.</param>
/// <param name="PermitsPerSecond">How many requests per second one API key may make on average.</param>
/// <param name="Burst">How many requests one API key may make at once after a quiet spell.</param>
internal sealed record ApiLimits(int MaxDepth, int MaxCost, long MaxBodyBytes, TimeSpan ExecutionTimeout, int PermitsPerSecond, int Burst)
{
    public const string Section = "Hub:Api";
    public const string MaxDepthKey = Section + ":MaxDepth";
    public const string MaxCostKey = Section + ":MaxCost";
    public const string MaxBodyBytesKey = Section + ":MaxBodyBytes";
    public const string ExecutionTimeoutKey = Section + ":ExecutionTimeoutSeconds";
    public const string PermitsPerSecondKey = Section + ":RateLimit:PermitsPerSecond";
    public const string BurstKey = Section + ":RateLimit:Burst";

    /// <summary>
    /// The defaults: a depth of 15 is far more than any real query on this schema needs (introspection does not count); 50,000 objects is a full page of 500 customers with their sources and lineage several times over; 1 MiB
    /// is far beyond any hand-written or generated query; 30 s lets a BI extract finish on a busy machine; 50 requests
    /// per second (bursts of 100) is more than a dashboard refresh or a paging export ever sends.
    /// </summary>
    public static ApiLimits Default { get; } = new(15, 50_000, 1024 * 1024, TimeSpan.FromSeconds(30), 50, 100);

    /// <exception cref="UserFacingException">when a configured value is not a positive number.</exception>
    public static ApiLimits From(IConfiguration configuration) => new(
        PositiveInt(configuration, MaxDepthKey, Default.MaxDepth),
        PositiveInt(configuration, MaxCostKey, Default.MaxCost),
        PositiveLong(configuration, MaxBodyBytesKey, Default.MaxBodyBytes),
        Seconds(configuration, ExecutionTimeoutKey, Default.ExecutionTimeout),
        PositiveInt(configuration, PermitsPerSecondKey, Default.PermitsPerSecond),
        PositiveInt(configuration, BurstKey, Default.Burst));

    private static int PositiveInt(IConfiguration configuration, string key, int fallback) =>
        (int)Positive(configuration, key, fallback, int.MaxValue);

    private static long PositiveLong(IConfiguration configuration, string key, long fallback) =>
        Positive(configuration, key, fallback, long.MaxValue);

    private static long Positive(IConfiguration configuration, string key, long fallback, long max)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max
            ? value
            : throw new UserFacingException($"configuration: {key} must be a positive whole number (default {fallback.ToString(CultureInfo.InvariantCulture)}), not '{text}'");
    }

    private static TimeSpan Seconds(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        // Fractions are allowed (0.5); a day is a sane ceiling that keeps CancelAfter in range.
        return double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 86_400
            ? TimeSpan.FromSeconds(seconds)
            : throw new UserFacingException($"configuration: {key} must be a positive number of seconds, e.g. 30 or 0.5 (default {fallback.TotalSeconds.ToString(CultureInfo.InvariantCulture)}), not '{text}'");
    }
}
