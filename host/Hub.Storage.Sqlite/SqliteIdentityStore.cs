using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>Loads customer records for identity resolution and saves its outcome in one transaction.</summary>
internal sealed class SqliteIdentityStore(SqliteConnectionFactory connections) : IIdentityStore
{
    private const int CancellationCheckInterval = 4096;

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

    public async Task SaveResolutionAsync(ResolutionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);

        Execute(connection, transaction, "UPDATE customer_records SET customer_number = NULL WHERE is_deleted = 1 AND customer_number IS NOT NULL;");
        var highest = AssignRecords(connection, transaction, outcome.CustomerOfRecord, cancellationToken);
        highest = Math.Max(highest, ReplaceCustomers(connection, transaction, outcome.Customers, cancellationToken));

        ReplaceLinks(connection, transaction, outcome, cancellationToken);
        if (outcome is { ModelTrained: true, Model: { } model }) SaveModel(connection, transaction, model);

        using (var raise = Command(connection, transaction, "UPDATE meta SET value = max(value, $highest) WHERE key = 'max_customer_number';"))
        {
            raise.Parameters.AddWithValue("$highest", highest);
            raise.ExecuteNonQuery();
        }
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
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

    private static void ReplaceLinks(SqliteConnection connection, SqliteTransaction transaction, ResolutionOutcome outcome, CancellationToken cancellationToken)
    {
        Execute(connection, transaction, "DELETE FROM identity_links;");
        using var insert = new RawStatement(connection,
            "INSERT OR REPLACE INTO identity_links (record_a, record_b, customer_number, weight, levels, rule, model_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
        var done = 0L;
        foreach (var link in outcome.Links)
        {
            if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!outcome.CustomerOfRecord.TryGetValue(link.RecordA, out var customer)) continue;
            insert.Bind(1, link.RecordA);
            insert.Bind(2, link.RecordB);
            insert.Bind(3, customer);
            if (double.IsFinite(link.Weight)) insert.Bind(4, link.Weight);
            else insert.BindNull(4);
            insert.Bind(5, link.Levels);
            insert.Bind(6, link.Rule);
            insert.Bind(7, (long)link.ModelVersion);
            insert.Execute();
        }
    }

    private static void SaveModel(SqliteConnection connection, SqliteTransaction transaction, IdentityModelSnapshot model)
    {
        using var insert = Command(connection, transaction,
            "INSERT OR REPLACE INTO identity_models (version, trained_at, parameters) VALUES ($version, $at, $parameters);");
        insert.Parameters.AddWithValue("$version", model.Version);
        insert.Parameters.AddWithValue("$at", IsoText.Timestamp(model.TrainedAt));
        insert.Parameters.AddWithValue("$parameters", model.Json);
        insert.ExecuteNonQuery();
    }

    private static long AssignRecords(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyDictionary<long, long> customerOfRecord, CancellationToken cancellationToken)
    {
        // Only rows whose customer changes are written: after an incremental resolution that is a small share of them.
        using var assign = new RawStatement(connection,
            "UPDATE customer_records SET customer_number = ?2 WHERE id = ?1 AND is_deleted = 0 AND customer_number IS NOT ?2;");
        long highest = 0, done = 0;
        foreach (var (rowId, customerNumber) in customerOfRecord)
        {
            if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            RequireValid(customerNumber);
            assign.Bind(1, rowId);
            assign.Bind(2, customerNumber);
            assign.Execute();
            highest = Math.Max(highest, customerNumber);
        }
        return highest;
    }

    private static long ReplaceCustomers(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<GoldenCustomer> customers, CancellationToken cancellationToken)
    {
        Execute(connection, transaction, "DELETE FROM customers;");
        using var insert = new RawStatement(connection, GoldenCustomers.InsertSql);
        using var json = new JsonColumnWriter();
        long highest = 0;
        for (var i = 0; i < customers.Count; i++)
        {
            if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            var customer = customers[i];
            RequireValid(customer.Number);
            GoldenCustomers.Bind(insert, customer, json);
            insert.Execute();
            highest = Math.Max(highest, customer.Number);
        }
        return highest;
    }

    private static void RequireValid(long customerNumber)
    {
        if (customerNumber <= 0)
            throw new ArgumentException($"Customer number {customerNumber} is not valid: customer numbers start at 1.", nameof(customerNumber));
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
