using Dapper;
using Hub.Core.Mining;
using Hub.Core.Model;

namespace Hub.Storage.Sqlite;

/// <summary>Writes mining runs and their results (0013_mining.sql).</summary>
internal sealed class SqliteMiningStore(SqliteConnectionFactory connections, TimeProvider clock) : IMiningStore
{
    private const string UpsertScore =
        "INSERT INTO mining_scores (run_id, customer_number, rank, sort_value, label, second_value, scores) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) " +
        "ON CONFLICT (run_id, customer_number) DO UPDATE SET scores = json_patch(scores, excluded.scores), " +
        "rank = coalesce(excluded.rank, rank), sort_value = coalesce(excluded.sort_value, sort_value), label = coalesce(excluded.label, label), " +
        "second_value = coalesce(excluded.second_value, second_value);";

    private const string UpsertPoint =
        "INSERT OR REPLACE INTO mining_series (run_id, series, forecast, period, value, lower, upper) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);";

    public async Task<long> StartRunAsync(string miner, string pluginId, DateOnly asOf, string trigger, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await MiningRunWrites.StartAsync(connection, miner, pluginId, asOf, trigger, Now(), cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteScoresAsync(long runId, IReadOnlyList<CustomerScores> scores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0) return;
        var promotion = MiningPromotions.For(await MinerOfAsync(runId, cancellationToken).ConfigureAwait(false));
        await using var connection = await connections.OpenForBulkWriteAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        using (var upsert = new RawStatement(connection, UpsertScore))
        {
            upsert.Bind(1, runId);
            foreach (var customer in scores)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var promoted = PromotedScores.Of(promotion, customer);
                upsert.Bind(2, customer.CustomerNumber);
                upsert.Bind(3, promoted.Rank);
                if (promoted.SortValue is { } value) upsert.Bind(4, value);
                else upsert.BindNull(4);
                upsert.Bind(5, promoted.Label);
                if (promoted.SecondValue is { } secondValue) upsert.Bind(6, secondValue);
                else upsert.BindNull(6);
                upsert.Bind(7, MiningScoreJson.Write(customer.CustomerNumber, customer.Scores));
                upsert.Execute();
            }
        }

        transaction.Commit();
    }

    public async Task WriteParametersAsync(long runId, IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var json = MiningScoreJson.WriteParameters(parameters);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mining_runs SET parameters = json_patch(parameters, @json) WHERE id = @runId;", new { json, runId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task WriteSeriesAsync(long runId, IReadOnlyList<MiningSeriesPoint> points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) return;
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction();
        using (var upsert = new RawStatement(connection, UpsertPoint))
        {
            upsert.Bind(1, runId);
            foreach (var point in points)
            {
                MiningSeriesPoints.Check(point);
                upsert.Bind(2, point.Series);
                upsert.Bind(3, point.Forecast ? 1L : 0L);
                upsert.Bind(4, IsoText.Date(point.Period));
                upsert.Bind(5, point.Value);
                if (point.Lower is { } lower) upsert.Bind(6, lower);
                else upsert.BindNull(6);
                if (point.Upper is { } upper) upsert.Bind(7, upper);
                else upsert.BindNull(7);
                upsert.Execute();
            }
        }

        transaction.Commit();
    }

    public async Task<MiningRun> FinishRunAsync(long runId, RunOutcome outcome, string? error, int keepSucceededRuns, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepSucceededRuns, 1);
        var miner = await MinerOfAsync(runId, cancellationToken).ConfigureAwait(false);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(
            "UPDATE mining_runs SET outcome = @outcome, error = @error, finished_at = @now, " +
            "scores = (SELECT count(*) FROM mining_scores WHERE run_id = @runId), series = (SELECT count(*) FROM mining_series WHERE run_id = @runId) " +
            "WHERE id = @runId;",
            new { outcome = outcome.ToString(), error, now = Now(), runId }, transaction).ConfigureAwait(false);
        if (outcome == RunOutcome.Succeeded)
        {
            await DeleteOlderRunsAsync(connection, transaction, miner, keepSucceededRuns).ConfigureAwait(false);
        }
        else if (outcome != RunOutcome.Running)
        {
            await DeleteRowsAsync(connection, transaction, runId).ConfigureAwait(false);
        }

        transaction.Commit();
        return await SqliteMiningQueries.GetRunAsync(connection, runId).ConfigureAwait(false);
    }

    public async Task MakeRoomAsync(string miner, int keepSucceededRuns, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepSucceededRuns, 1);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        await DeleteOlderRunsAsync(connection, transaction, miner, keepSucceededRuns).ConfigureAwait(false);
        transaction.Commit();
    }

    // The rows of the miner's succeeded runs past its newest keepSucceededRuns; deleting them again finds none.
    private static async Task DeleteOlderRunsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, System.Data.IDbTransaction transaction, string miner, int keepSucceededRuns)
    {
        var older = (await connection.QueryAsync<long>(
            "SELECT id FROM mining_runs WHERE miner = @miner AND outcome = @succeeded ORDER BY id DESC LIMIT -1 OFFSET @keep;",
            new { miner, succeeded = nameof(RunOutcome.Succeeded), keep = keepSucceededRuns }, transaction).ConfigureAwait(false)).ToList();
        foreach (var id in older) await DeleteRowsAsync(connection, transaction, id).ConfigureAwait(false);
    }

    private static async Task DeleteRowsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, System.Data.IDbTransaction transaction, long runId)
    {
        await connection.ExecuteAsync("DELETE FROM mining_scores WHERE run_id = @runId;", new { runId }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM mining_series WHERE run_id = @runId;", new { runId }, transaction).ConfigureAwait(false);
    }

    private async Task<string> MinerOfAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await MiningRunWrites.MinerOfAsync(connection, runId, cancellationToken).ConfigureAwait(false);
    }

    private string Now() => IsoText.Timestamp(clock.GetUtcNow());
}
