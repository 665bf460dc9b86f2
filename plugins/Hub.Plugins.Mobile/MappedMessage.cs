using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>The records one Segment message became, or why it could not become any.</summary>
internal sealed record MappedMessage(IReadOnlyList<SourceRecord> Records, RejectedRecord? Rejected)
{
    public static MappedMessage Of(params SourceRecord[] records) => new(records, null);

    public static MappedMessage Reject(string? type, SegmentMessage message, string raw, string reason) =>
        new([], new RejectedRecord(MessageTypes.StreamOf(type), message.Position, raw, reason));
}
