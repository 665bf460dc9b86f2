using System.Threading.RateLimiting;

namespace Hub.Api.Limits;

/// <summary>
/// A token bucket per API key (ASP.NET Core's rate limiters): each key holds up to <see cref="ApiLimits.Burst"/> tokens,
/// refilled by <see cref="ApiLimits.PermitsPerSecond"/> every second; a request takes one. It is consulted after
/// authentication, so buckets belong to real keys (by id), a stranger cannot drain someone else's, and requests without
/// a valid key (answered 401) never create one.
/// </summary>
internal sealed class ApiRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ApiRateLimiter(ApiLimits limits)
    {
        var options = new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = limits.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        // Not RateLimitPartition.GetTokenBucketLimiter: that refills on the partitioned limiter's 100 ms heartbeat, up to
        // 100 ms after the moment Retry-After announces. A bucket with its own timer refills on time, so a client that
        // waits as told is served.
        _limiter = PartitionedRateLimiter.Create<string, string>(keyId => RateLimitPartition.Get(keyId, _ => new TokenBucketRateLimiter(options)));
    }

    /// <summary>Takes a token for the key; when there is none, how long until there will be (at least a second).</summary>
    public TimeSpan? TryAcquire(string keyId)
    {
        using var lease = _limiter.AttemptAcquire(keyId);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.FromSeconds(1)
            ? retryAfter
            : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
