using Dapper;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>
/// Runs, checkpoints and quarantine: SQL both engines share. Writing a batch is each engine's own (a prepared statement
/// per row on SQLite, binary COPY and one upsert per table on PostgreSQL); a batch and its checkpoint commit in one transaction.
/// </summary>
internal abstract class IngestStore(IStorageConnections connections, TimeProvider clock) : IIngestStore
{
    public abstract Task<RunCounts> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken);

    public async Task<long> StartRunAsync(string? connectorId, string source, string trigger, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO runs (connector_id, source, trigger, started_at, outcome) VALUES (@connectorId, @source, @trigger, @now, @outcome) RETURNING id;",
            new { connectorId, source, trigger, now = Now(), outcome = nameof(RunOutcome.Running) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public Task FinishRunAsync(long runId, RunOutcome outcome, string? error, CancellationToken cancellationToken) =>
        UpdateRunAsync("UPDATE runs SET outcome = @outcome, error = @error, finished_at = @now WHERE id = @runId;",
            new { outcome = outcome.ToString(), error, now = Now(), runId }, runId, cancellationToken);

    public Task RecordRetryAsync(long runId, int retries, string error, CancellationToken cancellationToken) =>
        UpdateRunAsync("UPDATE runs SET retries = @retries, retry_error = @error WHERE id = @runId;", new { runId, retries, error }, runId, cancellationToken);

    public Task RecordResolutionErrorAsync(long runId, string error, CancellationToken cancellationToken) =>
        UpdateRunAsync("UPDATE runs SET resolution_error = @error WHERE id = @runId;", new { runId, error }, runId, cancellationToken);

    private async Task UpdateRunAsync(string sql, object parameters, long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed == 0) throw new InvalidOperationException($"Run {runId} does not exist.");
    }

    public async Task<int> MarkInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE runs SET outcome = @interrupted, finished_at = @now, " +
            "error = coalesce(error, 'The process running it stopped before the run ended.') WHERE outcome = @running;",
            new { interrupted = nameof(RunOutcome.Interrupted), running = nameof(RunOutcome.Running), now = Now() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<Checkpoint> GetCheckpointAsync(string connectorId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string?>(new CommandDefinition(
            "SELECT value FROM checkpoints WHERE connector_id = @connectorId;", new { connectorId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var value = rows.FirstOrDefault();
        return value is null ? Checkpoint.Start : new Checkpoint(value);
    }

    public async Task<SyncRun?> GetRunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(
            $"SELECT {RunRow.Columns} FROM runs WHERE id = @runId;", new { runId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRun();
    }

    public async Task<IReadOnlyList<SyncRun>> ListRunsAsync(string? connectorId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var filter = connectorId is null ? "" : "WHERE connector_id = @connectorId ";
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(
            $"SELECT {RunRow.Columns} FROM runs {filter}ORDER BY id DESC LIMIT @limit;", new { connectorId, limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRun()).ToList();
    }

    public async Task<IReadOnlyList<QuarantineItem>> ListQuarantineAsync(string? source, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var filter = source is null ? "" : "AND source = @source ";
        var rows = await connection.QueryAsync<QuarantineRow>(new CommandDefinition(
            $"SELECT {QuarantineRow.Columns} FROM quarantine WHERE released_at IS NULL {filter}ORDER BY id DESC LIMIT @limit;",
            new { source, limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task<QuarantineItem?> GetQuarantineItemAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<QuarantineRow>(new CommandDefinition(
            $"SELECT {QuarantineRow.Columns} FROM quarantine WHERE id = @id;", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToItem();
    }

    public async Task ReleaseQuarantineItemAsync(long id, long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE quarantine SET released_at = @now, released_run_id = @runId WHERE id = @id AND released_at IS NULL;",
            new { id, runId, now = Now() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed == 0) throw new InvalidOperationException($"Quarantine item {id} does not exist or was released already.");
    }

    /// <summary>The current time as the database keeps it.</summary>
    protected string Now() => IsoText.Timestamp(clock.GetUtcNow());
}
