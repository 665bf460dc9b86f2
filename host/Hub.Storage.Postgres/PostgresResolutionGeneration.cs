using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Reads and raises the resolution generation (<see cref="ResolutionGenerationSql"/>) on PostgreSQL, and takes the lock
/// under which a resolution save or an erasure checks and raises it.
/// </summary>
internal static class PostgresResolutionGeneration
{
    /// <summary>
    /// Waits for, then holds until the transaction ends, the lock every resolution save and erasure takes: what they check
    /// first (the generation, the erasure count) then still holds when they write.
    /// </summary>
    public static async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key);", connection);
        command.Parameters.AddWithValue("key", PostgresAdvisoryLocks.Resolution);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static Task<long> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ScalarAsync(connection, ResolutionGenerationSql.Read, cancellationToken);

    /// <summary>Counts a saved resolution or an erasure; returns the new generation.</summary>
    public static Task<long> AdvanceAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ScalarAsync(connection, ResolutionGenerationSql.Advance, cancellationToken);

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long? ?? throw ResolutionGenerationSql.Missing();
    }
}
