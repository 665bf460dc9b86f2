namespace Hub.Core.Storage;

/// <summary>A connector's checkpoint as stored.</summary>
/// <param name="ConnectorId">The connector.</param>
/// <param name="Value">Where it resumes, in the connector's own encoding.</param>
/// <param name="UpdatedAt">When it was last written, by a sync or an operator.</param>
/// <param name="RunId">The run that committed it; 0 when an operator set it.</param>
public sealed record StoredCheckpoint(string ConnectorId, string? Value, DateTimeOffset UpdatedAt, long RunId);
