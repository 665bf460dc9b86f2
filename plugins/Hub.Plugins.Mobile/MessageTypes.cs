namespace Hub.Plugins.Mobile;

/// <summary>The Segment message types, and the hub stream each one's quarantined input belongs to.</summary>
internal static class MessageTypes
{
    public const string Identify = "identify";
    public const string Track = "track";
    public const string Page = "page";
    public const string Screen = "screen";
    public const string Group = "group";
    public const string Alias = "alias";

    public const string Listed = "identify, track, page, screen, group or alias";

    public static bool IsKnown(string type) => type is Identify or Track or Page or Screen or Group or Alias;

    /// <summary>Messages about who someone is are customers; messages about what they did are events.</summary>
    public static string StreamOf(string? type) => type is Identify or Group or Alias ? "customers" : "events";
}
