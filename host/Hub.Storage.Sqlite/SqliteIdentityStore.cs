using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// Loads customer records for identity resolution (all of them, or those pending since the last save) and saves its
/// outcome in one transaction; <see cref="ResolutionWriter"/> does the writing.
/// </summary>
internal sealed class SqliteIdentityStore(SqliteConnectionFactory connections) : IIdentityStore
{
    private const int CancellationCheckInterval = 4096;

    /// <summary>
    /// The records a resolution has not yet seen at their current revision. Its WHERE repeats that of the partial index
    /// <c>ix_customer_records_pending</c> exactly, which is what lets SQLite visit only pending rows instead of the table.
    /// </summary>
    internal const string PendingSql =
        $"SELECT {StoredCustomerRecords.Columns}, is_deleted FROM customer_records WHERE resolved_revision IS NOT revision ORDER BY id;";

    // The pending query selects is_deleted right after StoredCustomerRecords.Columns.
    private const int PendingIsDeletedOrdinal = StoredCustomerRecords.RevisionOrdinal + 1;

    public async Task<IReadOnlyList<StoredCustomerRecord>> LoadCustomerRecordsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Resolution loads every record each time it runs, so this read takes the fast path.
        using var select = new RawStatement(connection, $"SELECT {StoredCustomerRecords.Columns} FROM customer_records WHERE is_deleted = 0 ORDER BY id;");
        var records = new List<StoredCustomerRecord>();
        while (select.Step())
        {
            if (records.Count % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            records.Add(StoredCustomerRecords.Read(select));
        }
        return records;
    }

    public async Task<long> GetMaxCustomerNumberAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // The meta row alone should do, but a number found anywhere must never be handed out again.
        command.CommandText =
            "SELECT max(coalesce((SELECT value FROM meta WHERE key = 'max_customer_number'), 0), " +
            "coalesce((SELECT max(number) FROM customers), 0), coalesce((SELECT max(customer_number) FROM customer_records), 0));";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<PendingRecords> LoadPendingRecordsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One read transaction, one snapshot: the generation and the rows agree, so a save landing in between is caught
        // when these changes are saved rather than silently mixed in.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var generation = ResolutionGeneration.Read(connection);
        using var select = new RawStatement(connection, PendingSql);
        var changed = new List<StoredCustomerRecord>();
        var deleted = new List<(long RowId, long Revision)>();
        var done = 0L;
        while (select.Step())
        {
            if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            if (select.Int64(PendingIsDeletedOrdinal) == 0) changed.Add(StoredCustomerRecords.Read(select));
            else deleted.Add((select.Int64(0), select.Int64(StoredCustomerRecords.RevisionOrdinal)));
        }
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return new PendingRecords(changed, deleted, generation);
    }

    public async Task<long> CountErasuresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return CountErasures(connection);
    }

    private static long CountErasures(SqliteConnection connection) => Count(connection, ResolutionGenerationSql.CountErasures);

    private static long Count(SqliteConnection connection, string sql)
    {
        using var count = new RawStatement(connection, sql);
        return count.ExecuteInt64OrNull() ?? 0;
    }

    public async Task<long> GetResolutionGenerationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return ResolutionGeneration.Read(connection);
    }

    // Refuses an outcome computed before an erasure, another save or a new decision that it asks to be checked against;
    // called under the save's write lock, so none of them can land between the checks and the writes.
    private static void RequireCurrent(SqliteConnection connection, ResolutionOutcome outcome)
    {
        ResolutionGenerationSql.RequireNoErasureSince(outcome, CountErasures(connection));
        if (outcome.GenerationSeen is not null) ResolutionGenerationSql.RequireNoSaveSince(outcome, ResolutionGeneration.Read(connection));
        if (outcome.DecisionsSeen is not null) ResolutionGenerationSql.RequireNoDecisionSince(outcome, Count(connection, ResolutionGenerationSql.CountDecisions));
    }

    public async Task<long> SaveResolutionAsync(ResolutionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // IMMEDIATE: the generation is checked under the write lock, so no other save can land between the check and the writes.
        await using var transaction = connection.BeginTransaction(deferred: false);
        RequireCurrent(connection, outcome);
        var writer = new ResolutionWriter(connection, cancellationToken);
        var highest = outcome.Scope switch
        {
            ResolutionScope.All => writer.SaveAll(outcome),
            ResolutionScope.Changes => writer.SaveChanges(outcome),
            _ => throw new ArgumentException($"Unknown resolution scope {outcome.Scope}.", nameof(outcome)),
        };
        if (outcome is { ModelTrained: true, Model: { } model }) writer.SaveModel(model);
        writer.RaiseMaxCustomerNumber(highest);
        var generation = ResolutionGeneration.Advance(connection);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return generation;
    }

    public async Task<IdentityModelSnapshot?> LoadModelAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, parameters, trained_at FROM identity_models ORDER BY version DESC LIMIT 1;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new IdentityModelSnapshot(reader.GetInt32(0), reader.GetString(1), IsoText.ParseTimestamp(reader.GetString(2)));
    }

    public async Task<IReadOnlyList<LinkEvidence>> LoadLinksAsync(long customerNumber, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT record_a, record_b, weight, levels, rule, model_version FROM identity_links WHERE customer_number = $number " +
            "ORDER BY weight IS NOT NULL, weight DESC, record_a, record_b;";
        command.Parameters.AddWithValue("$number", customerNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var links = new List<LinkEvidence>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            links.Add(new LinkEvidence(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? double.PositiveInfinity : reader.GetDouble(2),
                reader.GetInt64(3), reader.GetString(4), reader.GetInt32(5)));
        }

        return links;
    }

    public async Task<IdentityModelSnapshot?> LoadModelAsync(int version, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, parameters, trained_at FROM identity_models WHERE version = $version;";
        command.Parameters.AddWithValue("$version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new IdentityModelSnapshot(reader.GetInt32(0), reader.GetString(1), IsoText.ParseTimestamp(reader.GetString(2)));
    }
}
