namespace Hub.Plugins.Mobile;

/// <summary>The size limits of Segment's HTTP Tracking API, kept so that SDKs see the answers they were built for.</summary>
internal static class SegmentLimits
{
    /// <summary>32 KB per message, single call or batch item; a larger one is quarantined, not stored.</summary>
    public const int MessageBytes = 32 * 1024;

    /// <summary>500 KB per batch request; a larger body is refused as a whole (400).</summary>
    public const int BatchBytes = 500 * 1024;
}
