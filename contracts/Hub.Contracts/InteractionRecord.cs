namespace Hub.Contracts;

/// <summary>A touch point with a customer: a call, a ticket, a comment, an app session.</summary>
public sealed record InteractionRecord : SourceRecord
{
    /// <inheritdoc />
    public override string Stream => "interactions";

    /// <inheritdoc />
    public override string RecordId => InteractionId;

    /// <summary>The interaction's id in the source. Required.</summary>
    public required string InteractionId { get; init; }

    /// <summary>The <see cref="CustomerRecord.SourceId"/> of the customer in the same source. Required.</summary>
    public required string CustomerSourceId { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The channel: <c>call</c>, <c>app</c>, <c>github</c>, <c>email</c>...</summary>
    public required string Channel { get; init; }

    /// <summary>What happened, e.g. <c>inbound-call</c>, <c>issue-comment</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>inbound</c> or <c>outbound</c>, where it applies.</summary>
    public string? Direction { get; init; }

    /// <summary>How long it lasted, where it applies.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>How it ended, e.g. <c>ANSWERED</c>, <c>NO ANSWER</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>The agent or queue that handled it.</summary>
    public string? Agent { get; init; }

    /// <summary>A short text: a subject, the first line of a comment.</summary>
    public string? Summary { get; init; }

    /// <summary>A satisfaction score given for it (e.g. a post-call survey), if any.</summary>
    public decimal? Score { get; init; }
}
