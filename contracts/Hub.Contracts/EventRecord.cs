namespace Hub.Contracts;

/// <summary>A behavioural event, e.g. an app screen view or a tracked action.</summary>
public sealed record EventRecord : SourceRecord
{
    /// <inheritdoc />
    public override string Stream => "events";

    /// <inheritdoc />
    public override string RecordId => EventId;

    /// <summary>The event's id in the source (e.g. a message id). Required.</summary>
    public required string EventId { get; init; }

    /// <summary>The <see cref="CustomerRecord.SourceId"/> of the customer in the same source. Required.</summary>
    public required string CustomerSourceId { get; init; }

    /// <summary>The event's name, e.g. <c>Order Completed</c>.</summary>
    public required string Name { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The event's properties as JSON text.</summary>
    public string? PropertiesJson { get; init; }
}
