using Dapper;
using Hub.Core.Mining;
using Hub.Core.Model;
using Npgsql;
using NpgsqlTypes;

namespace Hub.Storage.Postgres;

/// <summary>
/// Writes mining runs and their results. A chunk of scores goes in with one binary COPY into a staging table and one
/// <c>INSERT ... ON CONFLICT</c> that merges it into <c>mining_scores</c>: a later call for the same customer adds to its
/// score object (jsonb <c>||</c>, later names win; the column is text, see the schema) and overrides the promoted columns it
/// has values for, as on SQLite.
/// </summary>
internal sealed class PostgresMiningStore(PostgresConnectionFactory connections, TimeProvider clock) : IMiningStore
{
    // Dropped at commit: nothing of it outlives the call, and a pooled connection comes back without it.
    private const string CreateStaging =
        "CREATE TEMP TABLE mining_scores_staging (customer_number BIGINT NOT NULL, rank BIGINT, sort_value DOUBLE PRECISION, " +
        "label TEXT COLLATE \"C\", second_value DOUBLE PRECISION, scores TEXT COLLATE \"C\" NOT NULL) ON COMMIT DROP;";

    private const string CopyStaging =
        "COPY mining_scores_staging (customer_number, rank, sort_value, label, second_value, scores) FROM STDIN (FORMAT BINARY);";

    private const string MergeStaging =
        "INSERT INTO mining_scores AS s (run_id, customer_number, rank, sort_value, label, second_value, scores) " +
        "SELECT @runId, customer_number, rank, sort_value, label, second_value, scores FROM mining_scores_staging " +
        "ON CONFLICT (run_id, customer_number) DO UPDATE SET scores = (s.scores::jsonb || excluded.scores::jsonb)::text, " +
        "rank = coalesce(excluded.rank, s.rank), sort_value = coalesce(excluded.sort_value, s.sort_value), " +
        "label = coalesce(excluded.label, s.label), second_value = coalesce(excluded.second_value, s.second_value);";

    // A call writes a handful of points per series (weekly actuals and forecasts): one statement over arrays. The later of
    // two points with one key wins, as INSERT OR REPLACE does on SQLite (one ON CONFLICT statement cannot touch a row twice).
    private const string UpsertPoints =
        "INSERT INTO mining_series (run_id, series, forecast, period, value, lower, upper) " +
        "SELECT @runId, * FROM unnest(@series, @forecast, @period, @value, @lower, @upper) " +
        "ON CONFLICT (run_id, series, forecast, period) DO UPDATE SET value = excluded.value, lower = excluded.lower, upper = excluded.upper;";

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
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, CreateStaging, cancellationToken).ConfigureAwait(false);
        var passes = Passes(scores);
        for (var pass = 0; pass < passes.Count; pass++)
        {
            if (pass > 0) await ExecuteAsync(connection, "TRUNCATE mining_scores_staging;", cancellationToken).ConfigureAwait(false);
            await CopyAsync(connection, passes[pass], promotion, cancellationToken).ConfigureAwait(false);
            await using var merge = new NpgsqlCommand(MergeStaging, connection);
            merge.Parameters.Add(new NpgsqlParameter<long>("runId", runId));
            await merge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteParametersAsync(long runId, IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var json = MiningScoreJson.WriteParameters(parameters);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mining_runs SET parameters = parameters || CAST(@json AS jsonb) WHERE id = @runId;", new { json, runId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task WriteSeriesAsync(long runId, IReadOnlyList<MiningSeriesPoint> points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0) return;
        var latest = new Dictionary<(string, bool, DateOnly), MiningSeriesPoint>();
        foreach (var point in points)
        {
            MiningSeriesPoints.Check(point);
            latest[(point.Series, point.Forecast, point.Period)] = point;
        }

        var kept = latest.Values.ToList();
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var upsert = new NpgsqlCommand(UpsertPoints, connection);
        upsert.Parameters.Add(new NpgsqlParameter<long>("runId", runId));
        upsert.Parameters.Add(new NpgsqlParameter<string[]>("series", kept.Select(p => p.Series).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<bool[]>("forecast", kept.Select(p => p.Forecast).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<string[]>("period", kept.Select(p => IsoText.Date(p.Period)!).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<double[]>("value", kept.Select(p => p.Value).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<double?[]>("lower", kept.Select(p => p.Lower).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<double?[]>("upper", kept.Select(p => p.Upper).ToArray()));
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MakeRoomAsync(string miner, int keepSucceededRuns, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepSucceededRuns, 1);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        const string Older = "SELECT id FROM mining_runs WHERE miner = @miner AND outcome = 'Succeeded' ORDER BY id DESC OFFSET @keep";
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@lock, hashtext(@miner)); " +
            $"DELETE FROM mining_scores WHERE run_id IN ({Older}); DELETE FROM mining_series WHERE run_id IN ({Older});",
            new { @lock = PostgresAdvisoryLocks.MiningRunsOfMiner, miner, keep = keepSucceededRuns }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<MiningRun> FinishRunAsync(long runId, RunOutcome outcome, string? error, int keepSucceededRuns, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepSucceededRuns, 1);
        var miner = await MinerOfAsync(runId, cancellationToken).ConfigureAwait(false);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Two nodes finishing runs of one miner at once would each see the other's run still running and keep one run's
        // rows too many; taken first, the lock makes the second see the first's outcome.
        var rowsOf = outcome switch
        {
            // The runs past the newest few succeeded ones of this miner (this one counted) lose their rows.
            RunOutcome.Succeeded =>
                "SELECT id FROM mining_runs WHERE miner = @miner AND outcome = 'Succeeded' ORDER BY id DESC OFFSET @keep",
            RunOutcome.Running => null,
            // A failed or cancelled run's partial rows are never read: they go at once.
            _ => "SELECT @runId",
        };
        var sql =
            "SELECT pg_advisory_xact_lock(@lock, hashtext(@miner)); " +
            "UPDATE mining_runs SET outcome = @outcome, error = @error, finished_at = @now, " +
            "scores = (SELECT count(*) FROM mining_scores WHERE run_id = @runId), series = (SELECT count(*) FROM mining_series WHERE run_id = @runId) " +
            "WHERE id = @runId;" +
            (rowsOf is null ? "" :
                $" DELETE FROM mining_scores WHERE run_id IN ({rowsOf}); DELETE FROM mining_series WHERE run_id IN ({rowsOf});");
        await connection.ExecuteAsync(new CommandDefinition(sql,
            new { @lock = PostgresAdvisoryLocks.MiningRunsOfMiner, miner, outcome = outcome.ToString(), error, now = Now(), runId, keep = keepSucceededRuns },
            transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresMiningQueries.GetRunAsync(connection, runId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<CustomerScores> scores, ScorePromotion promotion, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(CopyStaging, cancellationToken).ConfigureAwait(false);
        foreach (var customer in scores)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var promoted = PromotedScores.Of(promotion, customer);
            var json = MiningScoreJson.Write(customer.CustomerNumber, customer.Scores);
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(customer.CustomerNumber, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, promoted.Rank, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, promoted.SortValue, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            if (promoted.Label is { } label) await copy.WriteAsync(label, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            else await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            await WriteAsync(copy, promoted.SecondValue, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await copy.WriteAsync(json, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    /// <summary>
    /// The chunk split so no pass holds a customer twice (one ON CONFLICT statement cannot touch a row twice): the n-th
    /// occurrence of a customer goes to pass n, so passes merged in order apply a customer's scores in the order given,
    /// as SQLite's row-by-row upsert does. A chunk from the runner holds each customer once: one pass, the chunk itself.
    /// </summary>
    private static List<IReadOnlyList<CustomerScores>> Passes(IReadOnlyList<CustomerScores> scores)
    {
        var occurrences = new Dictionary<long, int>(scores.Count);
        var passes = new List<List<CustomerScores>>();
        foreach (var customer in scores)
        {
            var pass = occurrences.TryGetValue(customer.CustomerNumber, out var seen) ? seen + 1 : 0;
            occurrences[customer.CustomerNumber] = pass;
            if (pass == passes.Count) passes.Add([]);
            passes[pass].Add(customer);
        }

        return passes.Count == 1 ? [scores] : [.. passes];
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> MinerOfAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await MiningRunWrites.MinerOfAsync(connection, runId, cancellationToken).ConfigureAwait(false);
    }

    private string Now() => IsoText.Timestamp(clock.GetUtcNow());
}
