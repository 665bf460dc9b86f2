using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Storage.Runs;

namespace Hub.Storage.Common;

/// <summary>The run history, newest first, paged by run id so a page stays stable while new runs start.</summary>
internal sealed class RunQueries(IStorageConnections connections) : IRunQueries
{
    public async Task<IReadOnlyList<SyncRun>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        if (query.ConnectorId is not null) conditions.Add("connector_id = @ConnectorId");
        if (query.Outcome is not null) conditions.Add("outcome = @outcome");
        if (query.BeforeId is not null) conditions.Add("id < @BeforeId");
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions) + " ";
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(
            $"SELECT {RunRow.Columns} FROM runs {where}ORDER BY id DESC LIMIT @Limit;",
            new { query.ConnectorId, outcome = query.Outcome?.ToString(), query.BeforeId, query.Limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRun()).ToList();
    }

    public async Task<IReadOnlyList<QuarantineItem>> ListQuarantinedAsync(long runId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<QuarantineRow>(new CommandDefinition(
            $"SELECT {QuarantineRow.Columns} FROM quarantine WHERE run_id = @runId ORDER BY id LIMIT @limit;",
            new { runId, limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToItem()).ToList();
    }
}
