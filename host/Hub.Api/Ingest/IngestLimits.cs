using System.Globalization;
using Hub.Core;
using Microsoft.Extensions.Configuration;

namespace Hub.Api.Ingest;

/// <summary>The push endpoints' limits, from the <c>Hub:Ingest</c> configuration section.</summary>
/// <param name="MaxBodyBytes">The largest body accepted; a larger one is answered 413 without being read.</param>
internal sealed record IngestLimits(long MaxBodyBytes)
{
    /// <summary>The configuration key of <see cref="MaxBodyBytes"/>.</summary>
    public const string MaxBodyBytesKey = "Hub:Ingest:MaxBodyBytes";

    /// <summary>1 MiB: twice a full Segment batch (500 KB), far beyond any single call-center event.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <exception cref="UserFacingException">when the configured value is not a positive whole number.</exception>
    public static IngestLimits From(IConfiguration configuration)
    {
        var text = configuration[MaxBodyBytesKey];
        if (string.IsNullOrWhiteSpace(text)) return new IngestLimits(DefaultMaxBodyBytes);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? new IngestLimits(bytes)
            : throw new UserFacingException($"{MaxBodyBytesKey} must be a positive whole number of bytes (e.g. {DefaultMaxBodyBytes}), not '{text}'");
    }
}
