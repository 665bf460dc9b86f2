using Dapper;
using Hub.Core.Storage;
using Hub.Core.Sync;

namespace Hub.Storage.Common;

/// <summary>Operator changes of checkpoints, each with its audit entry in the same transaction.</summary>
internal sealed class CheckpointStore(IStorageConnections connections, TimeProvider clock) : ICheckpointStore
{
    // A checkpoint an operator wrote names no run; 0 is never a run id (they start at 1).
    private const long OperatorRunId = 0;

    private const string ChangeColumns =
        "id AS Id, connector_id AS ConnectorId, old_value AS OldValue, new_value AS NewValue, actor AS Actor, reason AS Reason, changed_at AS ChangedAt";

    public async Task<StoredCheckpoint?> GetAsync(string connectorId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CheckpointRow>(new CommandDefinition(
            "SELECT value AS Value, updated_at AS UpdatedAt, run_id AS RunId FROM checkpoints WHERE connector_id = @connectorId;", new { connectorId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new StoredCheckpoint(connectorId, row.Value, IsoText.ParseTimestamp(row.UpdatedAt), row.RunId);
    }

    public async Task<CheckpointChange> SetAsync(string connectorId, string? value, string actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var now = IsoText.Timestamp(clock.GetUtcNow());
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // The old value read here must still be the stored one when the new value replaces it (a sync may be committing).
        await using var transaction = await connections.BeginReadThenWriteAsync(connection, "checkpoints", cancellationToken).ConfigureAwait(false);
        var old = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT value FROM checkpoints WHERE connector_id = @connectorId;", new { connectorId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (value is null)
        {
            // No row is what a connector that never synced has: its next sync reads from the start.
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM checkpoints WHERE connector_id = @connectorId;", new { connectorId }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO checkpoints (connector_id, value, updated_at, run_id) VALUES (@connectorId, @value, @now, @run) " +
                "ON CONFLICT (connector_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, run_id = excluded.run_id;",
                new { connectorId, value, now, run = OperatorRunId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO checkpoint_changes (connector_id, old_value, new_value, actor, reason, changed_at) " +
            "VALUES (@connectorId, @old, @value, @actor, @reason, @now) RETURNING id;",
            new { connectorId, old, value, actor, reason, now }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return new CheckpointChange(id, connectorId, old, value, actor, reason, IsoText.ParseTimestamp(now));
    }

    public async Task<IReadOnlyList<CheckpointChange>> ListChangesAsync(string connectorId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ChangeRow>(new CommandDefinition(
            $"SELECT {ChangeColumns} FROM checkpoint_changes WHERE connector_id = @connectorId ORDER BY id DESC LIMIT @limit;",
            new { connectorId, limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new CheckpointChange(r.Id, r.ConnectorId, r.OldValue, r.NewValue, r.Actor, r.Reason, IsoText.ParseTimestamp(r.ChangedAt))).ToList();
    }

    private sealed class CheckpointRow
    {
        public string? Value { get; set; }
        public string UpdatedAt { get; set; } = "";
        public long RunId { get; set; }
    }

    private sealed class ChangeRow
    {
        public long Id { get; set; }
        public string ConnectorId { get; set; } = "";
        public string? OldValue { get; set; }
        public string? NewValue { get; set; }
        public string Actor { get; set; } = "";
        public string? Reason { get; set; }
        public string ChangedAt { get; set; } = "";
    }
}
