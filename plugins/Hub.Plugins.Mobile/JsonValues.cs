using System.Text.Json;

namespace Hub.Plugins.Mobile;

/// <summary>JSON values as the text the hub stores.</summary>
internal static class JsonValues
{
    /// <summary>A string as it is, a number as written; anything else (and blank text) is no text.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>Any value as an attribute: strings as they are, everything else as its JSON; null is no value.</summary>
    public static string? Attribute(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
