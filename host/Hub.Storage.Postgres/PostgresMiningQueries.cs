using Hub.Core.Mining;
using Hub.Core.Model;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>Reads of mining runs and of the miners' current results.</summary>
internal sealed class PostgresMiningQueries(PostgresConnectionFactory connections) : IMiningQueries
{
    private const string CurrentRuns = MiningRunRows.CurrentRuns;

    public async Task<IReadOnlyList<MiningRun>> ListRunsAsync(string? miner, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT {MiningRunRows.Columns} FROM mining_runs WHERE @miner IS NULL OR miner = @miner ORDER BY id DESC LIMIT @limit;", connection);
        command.Parameters.Add(new NpgsqlParameter<string?>("miner", miner) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        return await ReadAllAsync(command, MiningRunRows.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, MiningRun>> GetCurrentRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {MiningRunRows.Columns} FROM mining_runs WHERE id IN ({CurrentRuns}) ORDER BY miner;", connection);
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
            // Every miner's current row of each customer, the miners in run order, merged into one set of scores.
            await using var command = new NpgsqlCommand(
                $"SELECT customer_number, scores FROM mining_scores WHERE run_id IN ({CurrentRuns}) AND customer_number = ANY(@numbers) ORDER BY run_id;",
                connection);
            command.Parameters.Add(new NpgsqlParameter<long[]>("numbers", [.. numbers.Distinct()]));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var number = reader.GetInt64(0);
                if (!merged.TryGetValue(number, out var scores)) merged[number] = scores = new(StringComparer.Ordinal);
                MiningScoreJson.Read(System.Text.Encoding.UTF8.GetBytes(reader.GetString(1)), scores);
            }
        }

        return merged.ToDictionary(m => m.Key, m => new CustomerScores(m.Key, m.Value));
    }

    public async Task<IReadOnlyList<RankedCustomer>> ListRankedAsync(long runId, long? afterRank, long? afterNumber, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT {GoldenCustomers.ColumnsOf("c.")}, s.rank, s.scores FROM mining_scores s JOIN customers c ON c.number = s.customer_number " +
            "WHERE s.run_id = @run AND s.rank IS NOT NULL AND (@rank IS NULL OR (s.rank, s.customer_number) > (@rank, @number)) " +
            "ORDER BY s.rank, s.customer_number LIMIT @limit;", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("run", runId));
        command.Parameters.Add(new NpgsqlParameter<long?>("rank", afterRank) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<long>("number", afterNumber ?? 0L));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
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
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM mining_scores s JOIN customers c ON c.number = s.customer_number WHERE s.run_id = @run AND s.rank IS NOT NULL;", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("run", runId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<(string Label, long Members)>> ListLabelsAsync(long runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT s.label, count(*) FROM mining_scores s JOIN customers c ON c.number = s.customer_number " +
            "WHERE s.run_id = @run AND s.label IS NOT NULL GROUP BY s.label ORDER BY s.label;", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("run", runId));
        return await ReadAllAsync(command, row => (row.GetString(0), row.GetInt64(1)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<GoldenCustomer>> ListLabelledAsync(long runId, string label, long? afterNumber, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT {GoldenCustomers.ColumnsOf("c.")} FROM mining_scores s JOIN customers c ON c.number = s.customer_number " +
            "WHERE s.run_id = @run AND s.label = @label AND s.customer_number > @after ORDER BY s.customer_number LIMIT @limit;", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("run", runId));
        command.Parameters.Add(new NpgsqlParameter<string>("label", label));
        command.Parameters.Add(new NpgsqlParameter<long>("after", afterNumber ?? 0L));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        return await ReadAllAsync(command, GoldenCustomers.Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MiningSeriesPoint>> GetSeriesAsync(long runId, string series, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT series, period, value, forecast, lower, upper FROM mining_series WHERE run_id = @run AND series = @series ORDER BY forecast, period;", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("run", runId));
        command.Parameters.Add(new NpgsqlParameter<string>("series", series));
        return await ReadAllAsync(command, row => new MiningSeriesPoint(row.GetString(0), IsoText.ParseDate(row.GetString(1))!.Value, row.GetDouble(2),
            row.GetBoolean(3), row.IsDBNull(4) ? null : row.GetDouble(4), row.IsDBNull(5) ? null : row.GetDouble(5)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ILookup<long, LastInteraction>> GetLastInteractionsAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Count == 0) return Array.Empty<LastInteraction>().ToLookup(i => i.CustomerNumber);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The latest interaction of each customer on each channel.
        await using var command = new NpgsqlCommand(
            "SELECT number, channel, occurred_at, type, summary FROM (" +
            "SELECT r.customer_number AS number, i.channel, i.occurred_at, i.type, i.summary, " +
            "row_number() OVER (PARTITION BY r.customer_number, i.channel ORDER BY i.occurred_at DESC, i.id DESC) AS nth " +
            "FROM customer_records r JOIN interactions i ON i.source = r.source AND i.customer_source_id = r.source_id " +
            "WHERE r.customer_number = ANY(@numbers) AND NOT r.is_deleted AND NOT i.is_deleted) latest " +
            "WHERE nth = 1 ORDER BY number, occurred_at DESC, channel;", connection);
        command.Parameters.Add(new NpgsqlParameter<long[]>("numbers", [.. numbers.Distinct()]));
        var found = await ReadAllAsync(command, row => new LastInteraction(row.GetInt64(0), row.GetString(1), IsoText.ParseTimestamp(row.GetString(2)),
            row.IsDBNull(3) ? null : row.GetString(3), row.IsDBNull(4) ? null : row.GetString(4)), cancellationToken).ConfigureAwait(false);
        return found.ToLookup(i => i.CustomerNumber);
    }

    internal static async Task<MiningRun> GetRunAsync(NpgsqlConnection connection, long runId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {MiningRunRows.Columns} FROM mining_runs WHERE id = @id;", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("id", runId));
        var runs = await ReadAllAsync(command, MiningRunRows.Read, cancellationToken).ConfigureAwait(false);
        return runs.Count == 1 ? runs[0] : throw new InvalidOperationException($"There is no mining run {runId}.");
    }

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) rows.Add(read(reader));
        return rows;
    }
}
