namespace Hub.Contracts;

/// <summary>
/// A record as one source system knows it. Customers are keyed by (source, <see cref="RecordId"/>); every
/// other record by (source, <see cref="Stream"/>, <see cref="RecordId"/>). Storing the same record twice changes nothing.
/// </summary>
public abstract record SourceRecord
{
    /// <summary>The stream the record belongs to: <c>customers</c>, <c>orders</c>, <c>interactions</c>, <c>events</c>.</summary>
    public abstract string Stream { get; }

    /// <summary>The record's id within its source and stream.</summary>
    public abstract string RecordId { get; }

    /// <summary>Where it was read, for messages and quarantine (e.g. <c>customers.csv row 17</c>).</summary>
    public string? Position { get; init; }

    /// <summary>The input as read, kept if the record has to be quarantined.</summary>
    public string? RawPayload { get; init; }

    /// <summary>Source fields that have no canonical place; kept as they are.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = EmptyAttributes;

    /// <summary>Problems the connector fixed by emptying an optional field, e.g. an impossible birth date.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the source deleted the record: the hub keeps a tombstone instead of the data.</summary>
    public bool IsDeleted { get; init; }

    /// <summary>When the source last changed it, if the source says.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>();
}
