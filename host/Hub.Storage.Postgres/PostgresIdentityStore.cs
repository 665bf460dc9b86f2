using System.Data;
using Hub.Core.Model;
using Hub.Core.Storage;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// Loads customer records for identity resolution (all of them, or those pending since the last save) in keyset batches
/// from one snapshot, and saves its outcome in one transaction under the resolution lock, so that saves of several nodes
/// queue up and a save computed on input another has replaced since is refused; <see cref="PostgresResolutionWriter"/>
/// does the writing.
/// </summary>
internal sealed class PostgresIdentityStore(PostgresConnectionFactory connections) : IIdentityStore
{
    // Rows per round trip: large enough that a million records take fifty, small enough that no statement runs for long.
    private const int LoadBatch = 20_000;

    // The pending query's WHERE repeats that of the partial index ix_customer_records_pending, so only pending rows are read.
    private const string PendingCondition = "resolved_revision IS DISTINCT FROM revision";

    // The pending query selects is_deleted right after StoredCustomerRecords.Columns.
    private const int PendingIsDeletedOrdinal = StoredCustomerRecords.RevisionOrdinal + 1;

    public async Task<IReadOnlyList<StoredCustomerRecord>> LoadCustomerRecordsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One snapshot for every batch, so the records are those of one moment, as a single SELECT would give them.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var records = new List<StoredCustomerRecord>();
        await ReadInBatchesAsync(connection, StoredCustomerRecords.Columns, "NOT is_deleted",
            row => records.Add(StoredCustomerRecords.Read(row)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return records;
    }

    public async Task<PendingRecords> LoadPendingRecordsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The generation and the rows from one snapshot: a save landing in between is caught when these changes are saved.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var generation = await PostgresResolutionGeneration.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        var changed = new List<StoredCustomerRecord>();
        var deleted = new List<(long RowId, long Revision)>();
        await ReadInBatchesAsync(connection, StoredCustomerRecords.Columns + ", is_deleted", PendingCondition, row =>
        {
            if (!row.Reader.GetBoolean(PendingIsDeletedOrdinal)) changed.Add(StoredCustomerRecords.Read(row));
            else deleted.Add((row.Int64(0), row.Int64(StoredCustomerRecords.RevisionOrdinal)));
        }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return new PendingRecords(changed, deleted, generation);
    }

    public async Task<long> GetMaxCustomerNumberAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The meta row alone should do, but a number found anywhere must never be handed out again.
        await using var command = new NpgsqlCommand(
            "SELECT greatest(coalesce((SELECT value FROM meta WHERE key = 'max_customer_number'), 0), " +
            "coalesce((SELECT max(number) FROM customers), 0), coalesce((SELECT max(customer_number) FROM customer_records), 0));", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<long> CountErasuresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CountErasuresAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetResolutionGenerationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresResolutionGeneration.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> SaveResolutionAsync(ResolutionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Another node's save or erasure waits here until this one commits; every check below then reads what it committed.
        await PostgresResolutionGeneration.LockAsync(connection, cancellationToken).ConfigureAwait(false);
        await RequireCurrentAsync(connection, outcome, cancellationToken).ConfigureAwait(false);
        var writer = new PostgresResolutionWriter(connection, cancellationToken);
        var highest = outcome.Scope switch
        {
            ResolutionScope.All => await writer.SaveAllAsync(outcome).ConfigureAwait(false),
            ResolutionScope.Changes => await writer.SaveChangesAsync(outcome).ConfigureAwait(false),
            _ => throw new ArgumentException($"Unknown resolution scope {outcome.Scope}.", nameof(outcome)),
        };
        if (outcome is { ModelTrained: true, Model: { } model }) await writer.SaveModelAsync(model).ConfigureAwait(false);
        await writer.RaiseMaxCustomerNumberAsync(highest).ConfigureAwait(false);
        var generation = await PostgresResolutionGeneration.AdvanceAsync(connection, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return generation;
    }

    public Task<IdentityModelSnapshot?> LoadModelAsync(CancellationToken cancellationToken) =>
        LoadModelAsync("SELECT version, parameters, trained_at FROM identity_models ORDER BY version DESC LIMIT 1;", null, cancellationToken);

    public Task<IdentityModelSnapshot?> LoadModelAsync(int version, CancellationToken cancellationToken) =>
        LoadModelAsync("SELECT version, parameters, trained_at FROM identity_models WHERE version = @version;", version, cancellationToken);

    public async Task<IReadOnlyList<LinkEvidence>> LoadLinksAsync(long customerNumber, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT record_a, record_b, weight, levels, rule, model_version FROM identity_links WHERE customer_number = @number " +
            "ORDER BY weight IS NOT NULL, weight DESC, record_a, record_b;", connection);
        command.Parameters.AddWithValue("number", customerNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var links = new List<LinkEvidence>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            links.Add(new LinkEvidence(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? double.PositiveInfinity : reader.GetDouble(2),
                reader.GetInt64(3), reader.GetString(4), checked((int)reader.GetInt64(5))));
        }

        return links;
    }

    private async Task<IdentityModelSnapshot?> LoadModelAsync(string sql, int? version, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        if (version is { } v) command.Parameters.AddWithValue("version", (long)v);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new IdentityModelSnapshot(checked((int)reader.GetInt64(0)), reader.GetString(1), IsoText.ParseTimestamp(reader.GetString(2)));
    }

    // Refuses an outcome computed before an erasure, another save or a new decision that it asks to be checked against.
    private static async Task RequireCurrentAsync(NpgsqlConnection connection, ResolutionOutcome outcome, CancellationToken cancellationToken)
    {
        ResolutionGenerationSql.RequireNoErasureSince(outcome, await CountErasuresAsync(connection, cancellationToken).ConfigureAwait(false));
        if (outcome.GenerationSeen is not null)
        {
            ResolutionGenerationSql.RequireNoSaveSince(outcome,
                await PostgresResolutionGeneration.ReadAsync(connection, cancellationToken).ConfigureAwait(false));
        }

        if (outcome.DecisionsSeen is not null)
        {
            ResolutionGenerationSql.RequireNoDecisionSince(outcome,
                await CountAsync(connection, ResolutionGenerationSql.CountDecisions, cancellationToken).ConfigureAwait(false));
        }
    }

    private static Task<long> CountErasuresAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        CountAsync(connection, ResolutionGenerationSql.CountErasures, cancellationToken);

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    // Keyset batches by row id: each is one short statement, and the whole never sits in one result set.
    private static async Task ReadInBatchesAsync(
        NpgsqlConnection connection, string columns, string condition, Action<PostgresRecordRow> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {columns} FROM customer_records WHERE {condition} AND id > @after ORDER BY id LIMIT {LoadBatch};", connection);
        var after = command.Parameters.AddWithValue("after", 0L);
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var rows = 0;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = new PostgresRecordRow(reader);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    read(row);
                    after.Value = reader.GetInt64(0);
                    rows++;
                }
            }

            if (rows < LoadBatch) return;
        }
    }
}
