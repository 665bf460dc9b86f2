using Hub.Contracts;

namespace Hub.Core.Model;

/// <summary>A customer source record as stored, with its row id and the customer it currently belongs to.</summary>
public sealed record StoredCustomerRecord
{
    /// <summary>The storage row id; stable for the life of the record.</summary>
    public required long RowId { get; init; }
    /// <summary>The source the record came from.</summary>
    public required string Source { get; init; }
    /// <summary>The record's id in its source.</summary>
    public required string SourceId { get; init; }
    /// <summary>The canonical fields as last ingested.</summary>
    public required CustomerRecord Record { get; init; }
    /// <summary>The customer number it belongs to, or null before the first resolution.</summary>
    public long? CustomerNumber { get; init; }
    /// <summary>When the hub first stored it.</summary>
    public DateTimeOffset FirstSeen { get; init; }
    /// <summary>When the hub last changed it.</summary>
    public DateTimeOffset LastChanged { get; init; }
    /// <summary>How many times its content has changed since it was first stored; resolution notes the one it saw.</summary>
    public long Revision { get; init; }
}
