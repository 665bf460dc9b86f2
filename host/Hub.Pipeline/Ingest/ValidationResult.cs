using Hub.Contracts;

namespace Hub.Pipeline.Ingest;

/// <summary>A record that may be stored (perhaps with an optional field emptied), or the reason it may not.</summary>
/// <param name="Record">The record to store, or null when rejected.</param>
/// <param name="Reason">Why it goes to quarantine, or null when accepted.</param>
public sealed record ValidationResult(SourceRecord? Record, string? Reason)
{
    /// <summary>The record may be stored.</summary>
    public static ValidationResult Accept(SourceRecord record) => new(record, null);

    /// <summary>The record goes to quarantine.</summary>
    public static ValidationResult Reject(string reason) => new(null, reason);
}
