using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>The endpoints of the Segment HTTP API under <c>/ingest/{connector id}/</c>, and the message type each implies.</summary>
internal static class SegmentPaths
{
    /// <summary>The message type of a batch body (many messages, each with its own type).</summary>
    public const string Batch = "batch";

    /// <summary>What every path is for; <c>v1/import</c> is the old name of batch and <c>v1/b</c> the one mobile SDKs post to.</summary>
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["v1/batch"] = Batch,
        ["v1/import"] = Batch,
        ["v1/b"] = Batch,
        ["v1/identify"] = MessageTypes.Identify,
        ["v1/track"] = MessageTypes.Track,
        ["v1/page"] = MessageTypes.Page,
        ["v1/screen"] = MessageTypes.Screen,
        ["v1/group"] = MessageTypes.Group,
        ["v1/alias"] = MessageTypes.Alias,
    };

    /// <summary>The paths, for messages.</summary>
    public const string Listed = "v1/batch, v1/identify, v1/track, v1/page, v1/screen, v1/group, v1/alias";

    /// <summary><see cref="Batch"/> or the single message type the path takes.</summary>
    /// <exception cref="PushRejectedException">for any other path.</exception>
    public static string TypeOf(string path)
    {
        var trimmed = path.Trim('/');
        return Types.TryGetValue(trimmed, out var type)
            ? type
            : throw new PushRejectedException(trimmed.Length == 0
                ? $"post Segment calls to a path under this endpoint: {Listed}"
                : $"'{trimmed}' is not a Segment endpoint; use one of {Listed}");
    }
}
