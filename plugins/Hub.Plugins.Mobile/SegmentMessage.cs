using System.Globalization;
using System.Text.Json;

namespace Hub.Plugins.Mobile;

/// <summary>One Segment message (a single call's body, or one item of a batch), read field by field.</summary>
internal sealed class SegmentMessage
{
    private readonly JsonElement _root;

    public SegmentMessage(JsonElement root, string rawText, int byteCount, string position)
    {
        _root = root;
        RawText = rawText;
        ByteCount = byteCount;
        Position = position;
    }

    /// <summary>The message as sent.</summary>
    public string RawText { get; }

    /// <summary>Its size in UTF-8, for the 32 KB limit.</summary>
    public int ByteCount { get; }

    /// <summary>Where it was, e.g. <c>v1/batch message 3</c>.</summary>
    public string Position { get; }

    public bool IsObject => _root.ValueKind == JsonValueKind.Object;

    public string? Type => Text("type");

    public string? UserId => Text("userId");

    public string? AnonymousId => Text("anonymousId");

    public string? MessageId => Text("messageId");

    public string? PreviousId => Text("previousId");

    public string? GroupId => Text("groupId");

    public string? Event => Text("event");

    public string? Name => Text("name");

    public string? Category => Text("category");

    public JsonElement? Traits => Object("traits");

    public JsonElement? Properties => Object("properties");

    /// <summary>
    /// When it happened, as the sender says: <c>timestamp</c>, else <c>originalTimestamp</c>, <c>sentAt</c> (of the
    /// message, then of the batch), <c>receivedAt</c>; null when none is there. A field that is there but unreadable
    /// adds a warning.
    /// </summary>
    public DateTimeOffset? StatedTime(string? batchSentAt, List<string> warnings)
    {
        (string Name, string? Value)[] candidates =
        [
            ("timestamp", Text("timestamp")), ("originalTimestamp", Text("originalTimestamp")), ("sentAt", Text("sentAt")),
            ("batch sentAt", batchSentAt), ("receivedAt", Text("receivedAt")),
        ];
        foreach (var (name, value) in candidates)
        {
            if (value is null) continue;
            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
            warnings.Add($"{name} '{value}' is not an ISO 8601 time; ignored");
        }

        return null;
    }

    /// <summary>Whether the message has the field at all.</summary>
    public bool Has(string name) => _root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(name, out _);

    /// <summary>A field as text: strings as they are, numbers as written (some SDKs send numeric ids); blank is absent.</summary>
    public string? Text(string name) => _root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(name, out var value) ? JsonValues.Text(value) : null;

    private JsonElement? Object(string name) =>
        _root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;
}
