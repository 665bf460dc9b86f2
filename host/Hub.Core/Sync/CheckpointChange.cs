namespace Hub.Core.Sync;

/// <summary>An operator's change of a connector's checkpoint, as the audit keeps it.</summary>
/// <param name="Id">The audit entry's id, in the order changes were made.</param>
/// <param name="ConnectorId">The connector whose checkpoint changed.</param>
/// <param name="OldValue">The checkpoint before; null when the connector read from the start.</param>
/// <param name="NewValue">The checkpoint after; null for a reset (the next sync reads from the start).</param>
/// <param name="Actor">Who: <c>cli:USER</c> for the command line, <c>apikey:ID</c> for an API key.</param>
/// <param name="Reason">Why, in the operator's words; null when none was given.</param>
/// <param name="ChangedAt">When.</param>
public sealed record CheckpointChange(
    long Id,
    string ConnectorId,
    string? OldValue,
    string? NewValue,
    string Actor,
    string? Reason,
    DateTimeOffset ChangedAt);
