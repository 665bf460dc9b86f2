using System.Data.Common;
using Dapper;
using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>The statements on <c>mining_runs</c> whose SQL is the same on both engines.</summary>
internal static class MiningRunWrites
{
    /// <summary>Records a run that has begun and returns its id.</summary>
    public static Task<long> StartAsync(DbConnection connection, string miner, string pluginId, DateOnly asOf, string trigger, string now,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO mining_runs (miner, plugin_id, as_of, trigger, started_at, outcome) VALUES (@miner, @pluginId, @asOf, @trigger, @now, @outcome) RETURNING id;",
            new { miner, pluginId, asOf = IsoText.Date(asOf), trigger, now, outcome = nameof(RunOutcome.Running) },
            cancellationToken: cancellationToken));

    /// <summary>The miner of a run, which says what its scores promote.</summary>
    public static async Task<string> MinerOfAsync(DbConnection connection, long runId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT miner FROM mining_runs WHERE id = @runId;", new { runId }, cancellationToken: cancellationToken)).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"There is no mining run {runId}.");
}
