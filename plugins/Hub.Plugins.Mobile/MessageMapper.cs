using Hub.Contracts;

namespace Hub.Plugins.Mobile;

/// <summary>
/// Turns one Segment message into canonical records: identify into customers, track/page/screen into events, group
/// into an organization and an interaction tying the sender to it, alias into a link between two identities.
/// Unusable messages come back as rejects with a reason, to be quarantined; nothing is dropped.
/// </summary>
internal static class MessageMapper
{
    /// <param name="message">The message.</param>
    /// <param name="impliedType">The type the endpoint implies (v1/track...), or null to use the message's own.</param>
    /// <param name="batchSentAt">The batch's <c>sentAt</c>, a fallback time for its messages.</param>
    /// <param name="now">The time of receipt, the last fallback.</param>
    /// <param name="enforceSize">Whether the 32 KB limit applies (not on a deliberate retry from quarantine).</param>
    public static MappedMessage Map(SegmentMessage message, string? impliedType, string? batchSentAt, DateTimeOffset now, bool enforceSize = true)
    {
        if (!message.IsObject) return MappedMessage.Reject(null, message, message.RawText, "the message is not a JSON object");

        var type = (impliedType ?? message.Type)?.ToLowerInvariant();
        var raw = RawMessage.Of(message, type);
        if (type is null)
            return MappedMessage.Reject(null, message, raw, $"the message has no type; give each batch item a type: {MessageTypes.Listed}");
        if (!MessageTypes.IsKnown(type))
            return MappedMessage.Reject(type, message, raw, $"unknown message type '{type}'; expected {MessageTypes.Listed}");
        if (enforceSize && message.ByteCount > SegmentLimits.MessageBytes)
        {
            return MappedMessage.Reject(type, message, raw,
                $"the message is {message.ByteCount} bytes; Segment's limit is {SegmentLimits.MessageBytes / 1024} KB per message (send fewer traits or properties)");
        }

        var (userId, anonymousId) = (message.UserId, message.AnonymousId);
        if (type != MessageTypes.Alias && userId is null && anonymousId is null)
            return MappedMessage.Reject(type, message, raw, "the message has neither userId nor anonymousId; Segment requires one of them");

        var warnings = new List<string>();
        // A profile's change time is only what the sender states: the time of receipt would make every resend of the
        // same identify look like a change. Something that happened needs a time, so receipt is its last resort.
        var stated = message.StatedTime(batchSentAt, warnings);
        var at = stated ?? now;
        var mapped = type switch
        {
            MessageTypes.Identify => Identify(message, userId, anonymousId, stated, warnings),
            MessageTypes.Group => Group(message, raw, userId, anonymousId, stated, at, warnings),
            MessageTypes.Alias => Alias(message, raw, userId, stated, warnings),
            _ => Event(message, raw, type, userId, anonymousId, at, warnings),
        };
        if (mapped.Rejected is not null) return mapped;

        return new MappedMessage(mapped.Records.Select(r => r with { Position = message.Position, RawPayload = raw }).ToList(), null);
    }

    private static MappedMessage Identify(SegmentMessage message, string? userId, string? anonymousId, DateTimeOffset? stated, List<string> warnings)
    {
        var customer = TraitReader.Read(SegmentIds.CustomerOf(userId, anonymousId), message.Traits, warnings) with
        {
            ExternalId = userId is null ? null : SegmentIds.UserExternalId(userId),
            UpdatedAt = stated,
            Warnings = warnings,
        };
        if (userId is null || anonymousId is null) return MappedMessage.Of(customer);

        // The visitor's profile is rewritten with the user's external id (and the traits the app now knows), which is
        // what links its earlier events to the user. Its traits are copied rather than left out: a record is stored
        // whole, so a link-only record would erase what the visitor's profile held.
        var user = customer with { Attributes = With(customer.Attributes, "anonymousId", anonymousId) };
        var visitor = customer with { SourceId = SegmentIds.Anonymous(anonymousId), Attributes = With(customer.Attributes, "userId", userId) };
        return MappedMessage.Of(user, visitor);
    }

    private static MappedMessage Event(SegmentMessage message, string raw, string type, string? userId, string? anonymousId, DateTimeOffset at, List<string> warnings)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (userId is not null && anonymousId is not null) attributes["anonymousId"] = anonymousId;
        string name;
        if (type == MessageTypes.Track)
        {
            if (message.Event is not { } eventName) return MappedMessage.Reject(type, message, raw, "the track message has no event name; Segment requires 'event'");
            name = eventName;
        }
        else
        {
            var viewed = type == MessageTypes.Page ? "Page Viewed" : "Screen Viewed";
            name = message.Name is { } pageName ? $"{viewed}: {pageName}" : viewed;
            if (message.Name is not null) attributes["name"] = message.Name;
            if (message.Category is { } category) attributes["category"] = category;
        }

        return MappedMessage.Of(new EventRecord
        {
            EventId = message.MessageId ?? SegmentIds.Derived(raw),
            CustomerSourceId = SegmentIds.CustomerOf(userId, anonymousId),
            Name = name,
            OccurredAt = at,
            PropertiesJson = message.Properties?.GetRawText(),
            Attributes = attributes,
            Warnings = warnings,
        });
    }

    // The person is tied to the account by an interaction rather than by rewriting their customer record: a record is
    // stored whole, and a group call carries the account's traits, not the person's.
    private static MappedMessage Group(SegmentMessage message, string raw, string? userId, string? anonymousId, DateTimeOffset? stated, DateTimeOffset at, List<string> warnings)
    {
        if (message.GroupId is not { } groupId) return MappedMessage.Reject(MessageTypes.Group, message, raw, "the group message has no groupId");

        var records = new List<SourceRecord>(2);
        string? groupName = null;
        // A group call without traits says nothing about the account; storing it would blank a name sent earlier.
        if (message.Traits is { } traits && traits.EnumerateObject().Any())
        {
            var organization = TraitReader.Read(SegmentIds.Group(groupId), traits, warnings);
            groupName = organization.FullName ?? organization.Company;
            records.Add(organization with { Kind = CustomerKind.Organization, FullName = groupName, Company = groupName, UpdatedAt = stated, Warnings = warnings });
        }

        records.Add(new InteractionRecord
        {
            InteractionId = message.MessageId ?? SegmentIds.Derived(raw),
            CustomerSourceId = SegmentIds.CustomerOf(userId, anonymousId),
            OccurredAt = at,
            Channel = "app",
            Type = "group",
            Summary = groupName is null ? $"joined group {groupId}" : $"joined {groupName}",
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["groupId"] = groupId, ["groupSourceId"] = SegmentIds.Group(groupId) },
        });
        return new MappedMessage(records, null);
    }

    // previousId is taken to be the anonymous id the user had before (Segment's main use of alias); its profile gets the
    // user's external id, as identify does. Aliasing one user id to another is kept but links nothing yet.
    private static MappedMessage Alias(SegmentMessage message, string raw, string? userId, DateTimeOffset? stated, List<string> warnings)
    {
        if (message.PreviousId is not { } previousId || userId is null)
            return MappedMessage.Reject(MessageTypes.Alias, message, raw, "the alias message needs both previousId and userId");

        return MappedMessage.Of(new CustomerRecord
        {
            SourceId = SegmentIds.Anonymous(previousId),
            ExternalId = SegmentIds.UserExternalId(userId),
            UpdatedAt = stated,
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["previousId"] = previousId, ["userId"] = userId },
            Warnings = warnings,
        });
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> attributes, string name, string value) =>
        new(attributes, StringComparer.Ordinal) { [name] = value };
}
