using System.Text.Json.Nodes;

namespace Hub.Plugins.Mobile;

/// <summary>
/// The text a message is kept as (on its records, and in quarantine): as sent, except that a write key sent in it is
/// removed, since quarantine is shown to operators, and its type is filled in from the endpoint it was posted to, so
/// that <c>hub quarantine retry</c> can read it again on its own.
/// </summary>
internal static class RawMessage
{
    public static string Of(SegmentMessage message, string? type)
    {
        var hasKey = message.Has("writeKey");
        var typeDiffers = type is not null && !string.Equals(message.Type, type, StringComparison.Ordinal);
        if (!message.IsObject || (!hasKey && !typeDiffers)) return message.RawText;

        var node = JsonNode.Parse(message.RawText)!.AsObject();
        node.Remove("writeKey");
        if (type is not null) node["type"] = type;
        return node.ToJsonString();
    }
}
