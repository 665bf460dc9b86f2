using Hub.Core.Sync;

namespace Hub.Core.Storage;

/// <summary>Connectors' checkpoints as operators change them, with the audit of every change.</summary>
public interface ICheckpointStore
{
    /// <summary>The connector's checkpoint now, or null when it reads from the start.</summary>
    Task<StoredCheckpoint?> GetAsync(string connectorId, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the checkpoint (null deletes it) and appends the audit entry with the value it replaced, in ONE transaction,
    /// so the audit's old value is exactly what was overwritten.
    /// </summary>
    Task<CheckpointChange> SetAsync(string connectorId, string? value, string actor, string? reason, CancellationToken cancellationToken);

    /// <summary>The audit of the connector's checkpoint changes, newest first.</summary>
    Task<IReadOnlyList<CheckpointChange>> ListChangesAsync(string connectorId, int limit, CancellationToken cancellationToken);
}
