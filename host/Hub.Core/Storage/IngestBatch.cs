using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Core.Storage;

/// <summary>Validated records of one batch, its quarantine and the checkpoint after it: committed together or not at all.</summary>
/// <param name="RunId">The run the batch belongs to.</param>
/// <param name="ConnectorId">The connector instance whose checkpoint moves, or null for an import (no checkpoint).</param>
/// <param name="Source">The source name the records are stored under.</param>
/// <param name="Records">Valid records, warnings attached.</param>
/// <param name="Quarantined">Input that is kept in quarantine instead.</param>
/// <param name="Checkpoint">Where the connector resumes after this batch.</param>
/// <param name="Read">How many inputs the batch had (records plus rejects).</param>
public sealed record IngestBatch(
    long RunId,
    string? ConnectorId,
    string Source,
    IReadOnlyList<SourceRecord> Records,
    IReadOnlyList<QuarantineItem> Quarantined,
    Checkpoint Checkpoint,
    long Read)
{
    /// <summary>Inputs of the batch left out because they belong to an erased person; counted, never stored.</summary>
    public long Suppressed { get; init; }

    /// <summary>What <see cref="IIngestStore.Prepare"/> computed for the store that made it (only that store reads it); null until then.</summary>
    public object? Prepared { get; init; }
}
