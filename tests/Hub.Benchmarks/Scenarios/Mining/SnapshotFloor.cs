using Hub.Storage.Sqlite;

namespace Hub.Benchmarks.Scenarios.Mining;

/// <summary>
/// The floor under the mining snapshot: the store's own five statements (MiningActivityStreams) over the same ranges of
/// customer numbers the snapshot reads side by side, one connection and read transaction each, every row stepped through
/// and every column read in its own type (text as a string, as the store reads it), no record built.
/// </summary>
internal static class SnapshotFloor
{
    public static async Task<long> ReadAsync(SqliteConnectionFactory connections, DateOnly asOf, CancellationToken cancellationToken)
    {
        var end = IsoText.Timestamp(new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        long[] bounds;
        await using (var connection = await connections.OpenAsync(cancellationToken))
            bounds = await SqliteMiningActivity.RangeBoundsAsync(connection, SqliteMiningActivity.Ranges, cancellationToken);
        var rows = await Task.WhenAll(Enumerable.Range(0, bounds.Length - 1).Select(i =>
            Task.Run(() => ReadRangeAsync(connections, bounds[i], bounds[i + 1], end, cancellationToken), cancellationToken)));
        return rows.Sum();
    }

    private static async Task<long> ReadRangeAsync(SqliteConnectionFactory connections, long from, long to, string end, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: true);
        long rows = 0;
        foreach (var sql in new[] { MiningActivityStreams.Customers, MiningActivityStreams.Records, MiningActivityStreams.Orders, MiningActivityStreams.Interactions, MiningActivityStreams.Events })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$to", to);
            if (sql.Contains("$end", StringComparison.Ordinal)) command.Parameters.AddWithValue("$end", end);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // Each value as its own type, unboxed, as the store's reader takes it; text becomes a string as there.
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.IsDBNull(i)) continue;
                    var type = reader.GetFieldType(i);
                    if (type == typeof(long)) reader.GetInt64(i);
                    else if (type == typeof(double)) reader.GetDouble(i);
                    else reader.GetString(i);
                }

                rows++;
            }
        }

        return rows;
    }
}
