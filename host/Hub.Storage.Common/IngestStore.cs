using Dapper;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>
/// Runs, checkpoints and quarantine: SQL both engines share. Writing a batch is each engine's own (a prepared statement
/// per row on SQLite, binary COPY and one upsert per table on PostgreSQL); a batch and its checkpoint commit in one transaction.
/// </summary>
internal abstract class IngestStore(IStorageConnections connections, TimeProvider clock, RunLeaseOptions lease) : IIngestStore, IAsyncDisposable
{
    private readonly RunHeartbeats _heartbeats = new(connections, clock, lease);

    public abstract Task<RunCounts> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken);

    /// <summary>Nothing to do ahead by default: SQLite binds each row as it writes it.</summary>
    public virtual IngestBatch Prepare(IngestBatch batch) => batch;

    /// <summary>One batch at a time by default: SQLite has one writer.</summary>
    public virtual Task<IBatchWriter> OpenBatchWriterAsync(string source, CancellationToken cancellationToken) =>
        Task.FromResult<IBatchWriter>(new OneAtATimeBatchWriter(this));

    public async Task<long> StartRunAsync(string? connectorId, string source, string trigger, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var runId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO runs (connector_id, source, trigger, started_at, outcome, node, heartbeat_at) " +
            "VALUES (@connectorId, @source, @trigger, @now, @outcome, @node, @now) RETURNING id;",
            new { connectorId, source, trigger, now = Now(), outcome = nameof(RunOutcome.Running), node = lease.Node },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        _heartbeats.Track(runId);
        return runId;
    }

    public async Task FinishRunAsync(long runId, RunOutcome outcome, string? error, CancellationToken cancellationToken)
    {
        // A run a sweep took for dead (its heartbeat could not be written for a while) gets its real outcome here.
        await UpdateRunAsync("UPDATE runs SET outcome = @outcome, error = @error, finished_at = @now WHERE id = @runId;",
            new { outcome = outcome.ToString(), error, now = Now(), runId }, runId, cancellationToken).ConfigureAwait(false);
        _heartbeats.Forget(runId);
    }

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
        // Only runs nobody keeps alive: their heartbeat is a whole lease old, or their process on this machine is gone.
        // Another process's live runs (a node's, or a hub sync's beside hub serve) renew their heartbeat, and this
        // process's own are alive by definition.
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new DynamicParameters(new
        {
            interrupted = nameof(RunOutcome.Interrupted),
            running = nameof(RunOutcome.Running),
            now = Now(),
            staleBefore = IsoText.Timestamp(clock.GetUtcNow() - lease.LeaseTimeout),
        });
        var nodes = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT node FROM runs WHERE outcome = @running AND node IS NOT NULL;", parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var gone = nodes.Where(LocalNodes.IsGone).ToList();
        for (var i = 0; i < gone.Count; i++) parameters.Add($"gone{i}", gone[i]);
        var goneNodes = gone.Count == 0 ? "" : $" OR node IN ({string.Join(", ", gone.Select((_, i) => $"@gone{i}"))})";
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE runs SET outcome = @interrupted, finished_at = @now, error = coalesce(error, " +
            "'The process running it (' || coalesce(node, 'unknown') || ') stopped before the run ended; its last heartbeat was at ' || " +
            "coalesce(heartbeat_at, started_at) || '.') " +
            $"WHERE outcome = @running AND (coalesce(heartbeat_at, started_at) < @staleBefore{goneNodes}){_heartbeats.ExceptLive()};",
            parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
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

    public ValueTask DisposeAsync() => _heartbeats.DisposeAsync();

    /// <summary>The current time as the database keeps it.</summary>
    protected string Now() => IsoText.Timestamp(clock.GetUtcNow());
}
