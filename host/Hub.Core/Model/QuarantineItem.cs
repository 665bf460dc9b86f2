namespace Hub.Core.Model;

/// <summary>Input that was not stored as a record, kept with the reason so it can be fixed and retried.</summary>
public sealed record QuarantineItem
{
    /// <summary>Its id once stored.</summary>
    public long Id { get; init; }
    /// <summary>The run that read it.</summary>
    public long RunId { get; init; }
    /// <summary>The source name.</summary>
    public required string Source { get; init; }
    /// <summary>The stream it was read for.</summary>
    public required string Stream { get; init; }
    /// <summary>Where it was, e.g. <c>customers.csv row 17</c>.</summary>
    public string? Position { get; init; }
    /// <summary>The input as read.</summary>
    public required string RawPayload { get; init; }
    /// <summary>Why it was not stored.</summary>
    public required string Reason { get; init; }
    /// <summary>When it was quarantined.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>The retry run that finally stored it, or null while it is still held.</summary>
    public long? ReleasedRunId { get; init; }
}
