using System.Text.Json;
using Dapper;
using Hub.Core.Mining;
using Hub.Core.Model;
using Microsoft.Data.Sqlite;
using static Hub.Storage.Sqlite.SqliteReads;

namespace Hub.Storage.Sqlite;

/// <summary>Reads of mining runs and of the miners' current results (0013_mining.sql).</summary>
internal sealed class SqliteMiningQueries(SqliteConnectionFactory connections) : IMiningQueries
{
    private const int InListChunk = 500;

    private const string RunColumns = MiningRunRows.Columns;

    private const string CurrentRuns = MiningRunRows.CurrentRuns;

    public async Task<IReadOnlyList<MiningRun>> ListRunsAsync(string? miner, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM mining_runs WHERE $miner IS NULL OR miner = $miner ORDER BY id DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$miner", (object?)miner ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(command, MiningRunRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, MiningRun>> GetCurrentRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM mining_runs WHERE id IN ({CurrentRuns}) ORDER BY miner;";
        var runs = await ReadAllAsync(command, MiningRunRows.Read, cancellationToken).ConfigureAwait(false);
        return runs.ToDictionary(r => r.Miner, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<long, CustomerScores>> GetCurrentScoresAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var merged = new Dictionary<long, Dictionary<string, ScoreValue>>();
        if (numbers.Count > 0)
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in numbers.Distinct().Chunk(InListChunk))
            {
                using var select = new RawStatement(connection,
                    $"SELECT customer_number, scores FROM mining_scores WHERE run_id IN ({CurrentRuns}) " +
                    "AND customer_number IN (SELECT value FROM json_each(?1)) ORDER BY run_id;");
                select.Bind(1, JsonSerializer.Serialize(chunk));
                while (select.Step())
                {
                    var number = select.Int64(0);
                    if (!merged.TryGetValue(number, out var scores)) merged[number] = scores = new(StringComparer.Ordinal);
                    MiningScoreJson.Read(select.Utf8(1), scores);
                }
            }
        }

        return merged.ToDictionary(m => m.Key, m => new CustomerScores(m.Key, m.Value));
    }

    public async Task<IReadOnlyList<RankedCustomer>> ListRankedAsync(long runId, long? afterRank, long? afterNumber, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {GoldenCustomers.ColumnsOf("c.")}, s.rank, s.scores FROM mining_scores s JOIN customers c ON c.number = s.customer_number " +
            "WHERE s.run_id = $run AND s.rank IS NOT NULL AND ($rank IS NULL OR (s.rank, s.customer_number) > ($rank, $number)) " +
            "ORDER BY s.rank, s.customer_number LIMIT $limit;";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$rank", (object?)afterRank ?? DBNull.Value);
        command.Parameters.AddWithValue("$number", (object?)afterNumber ?? 0L);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(command, row =>
        {
            var customer = GoldenCustomers.Read(row);
            var scores = MiningScoreJson.Read(System.Text.Encoding.UTF8.GetBytes(row.GetString(GoldenCustomers.ColumnCount + 1)));
            return new RankedCustomer(customer, row.GetInt64(GoldenCustomers.ColumnCount), new CustomerScores(customer.Number, scores));
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> CountRankedAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM mining_scores s JOIN customers c ON c.number = s.customer_number WHERE s.run_id = @runId AND s.rank IS NOT NULL;",
            new { runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<(string Label, long Members)>> ListLabelsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string, long)>(new CommandDefinition(
            "SELECT s.label, count(*) FROM mining_scores s JOIN customers c ON c.number = s.customer_number " +
            "WHERE s.run_id = @runId AND s.label IS NOT NULL GROUP BY s.label ORDER BY s.label;",
            new { runId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }

    public async Task<IReadOnlyList<GoldenCustomer>> ListLabelledAsync(long runId, string label, long? afterNumber, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {GoldenCustomers.ColumnsOf("c.")} FROM mining_scores s JOIN customers c ON c.number = s.customer_number " +
            "WHERE s.run_id = $run AND s.label = $label AND s.customer_number > $after ORDER BY s.customer_number LIMIT $limit;";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$label", label);
        command.Parameters.AddWithValue("$after", afterNumber ?? 0L);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAllAsync(command, GoldenCustomers.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MiningSeriesPoint>> GetSeriesAsync(long runId, string series, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT series, period, value, forecast, lower, upper FROM mining_series WHERE run_id = $run AND series = $series ORDER BY forecast, period;";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$series", series);
        return await ReadAllAsync(command, row => new MiningSeriesPoint(row.GetString(0), IsoText.ParseDate(row.GetString(1))!.Value, row.GetDouble(2),
            row.GetInt64(3) == 1, row.IsDBNull(4) ? null : row.GetDouble(4), row.IsDBNull(5) ? null : row.GetDouble(5)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ILookup<long, LastInteraction>> GetLastInteractionsAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var found = new List<LastInteraction>();
        if (numbers.Count > 0)
        {
            await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in numbers.Distinct().Chunk(InListChunk))
            {
                await using var command = connection.CreateCommand();
                command.CommandText =
                    "SELECT number, channel, occurred_at, type, summary FROM (" +
                    "SELECT r.customer_number AS number, i.channel, i.occurred_at, i.type, i.summary, " +
                    "row_number() OVER (PARTITION BY r.customer_number, i.channel ORDER BY i.occurred_at DESC, i.id DESC) AS nth " +
                    "FROM customer_records r JOIN interactions i ON i.source = r.source AND i.customer_source_id = r.source_id " +
                    "WHERE r.customer_number IN (SELECT value FROM json_each($numbers)) AND r.is_deleted = 0 AND i.is_deleted = 0) " +
                    "WHERE nth = 1 ORDER BY number, occurred_at DESC, channel;";
                command.Parameters.AddWithValue("$numbers", JsonSerializer.Serialize(chunk));
                found.AddRange(await ReadAllAsync(command, row => new LastInteraction(row.GetInt64(0), row.GetString(1), IsoText.ParseTimestamp(row.GetString(2)),
                    row.IsDBNull(3) ? null : row.GetString(3), row.IsDBNull(4) ? null : row.GetString(4)), cancellationToken).ConfigureAwait(false));
            }
        }

        return found.ToLookup(i => i.CustomerNumber);
    }

    internal static async Task<MiningRun> GetRunAsync(SqliteConnection connection, long runId)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM mining_runs WHERE id = $id;";
        command.Parameters.AddWithValue("$id", runId);
        var runs = await ReadAllAsync(command, MiningRunRows.Read, CancellationToken.None).ConfigureAwait(false);
        return runs.Count == 1 ? runs[0] : throw new InvalidOperationException($"There is no mining run {runId}.");
    }
}
