using Hub.Core.Model;
using Hub.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Hub.Storage.Postgres;

/// <summary>
/// Writes one <see cref="ResolutionOutcome"/> inside the transaction the caller holds open on the connection. A full save
/// names every record, customer and link (a million of each at scale), so each set goes in by binary COPY, into the table
/// itself or into a temporary staging table that one set-based statement then applies; no statement runs per row.
/// </summary>
internal sealed class PostgresResolutionWriter(NpgsqlConnection connection, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 4096;

    // A row per record the outcome names: its customer (NULL when only its revision is marked) and the revision the
    // resolution saw (NULL when it only assigns). Dropped with the transaction.
    private const string StageRecordsSql =
        "CREATE TEMP TABLE resolution_records (id BIGINT NOT NULL, customer_number BIGINT, revision BIGINT) ON COMMIT DROP;";

    // A deleted row keeps no customer (a resolution that loaded it before the delete must not give one back) but is still
    // marked resolved at the revision the resolution saw; a record changed since keeps its newer revision and stays pending.
    // Rows whose values would not change are left alone, as on SQLite.
    private const string ApplyRecordsSql =
        "UPDATE customer_records r SET " +
        "customer_number = CASE WHEN s.customer_number IS NOT NULL AND NOT r.is_deleted THEN s.customer_number ELSE r.customer_number END, " +
        "resolved_revision = coalesce(s.revision, r.resolved_revision) " +
        "FROM resolution_records s WHERE r.id = s.id AND (" +
        "(s.customer_number IS NOT NULL AND NOT r.is_deleted AND r.customer_number IS DISTINCT FROM s.customer_number) " +
        "OR (s.revision IS NOT NULL AND r.resolved_revision IS DISTINCT FROM s.revision));";

    private const string StageLinksSql =
        "CREATE TEMP TABLE resolution_links (at BIGINT NOT NULL, record_a BIGINT NOT NULL, record_b BIGINT NOT NULL, customer_number BIGINT NOT NULL, " +
        "weight DOUBLE PRECISION, levels BIGINT NOT NULL, rule TEXT COLLATE \"C\" NOT NULL, model_version BIGINT NOT NULL) ON COMMIT DROP;";

    // A pair named twice keeps its last evidence, and replaces what another customer held for it, as SQLite's INSERT OR REPLACE does.
    private const string ApplyLinksSql =
        "INSERT INTO identity_links (record_a, record_b, customer_number, weight, levels, rule, model_version) " +
        "SELECT DISTINCT ON (record_a, record_b) record_a, record_b, customer_number, weight, levels, rule, model_version " +
        "FROM resolution_links ORDER BY record_a, record_b, at DESC " +
        "ON CONFLICT (record_a, record_b) DO UPDATE SET customer_number = EXCLUDED.customer_number, weight = EXCLUDED.weight, " +
        "levels = EXCLUDED.levels, rule = EXCLUDED.rule, model_version = EXCLUDED.model_version;";

    /// <summary>Replaces every customer and link; returns the highest customer number written.</summary>
    public async Task<long> SaveAllAsync(ResolutionOutcome outcome)
    {
        await ExecuteAsync("UPDATE customer_records SET customer_number = NULL WHERE is_deleted AND customer_number IS NOT NULL;").ConfigureAwait(false);
        var highest = await WriteRecordsAsync(outcome.CustomerOfRecord, outcome.Revisions).ConfigureAwait(false);
        // DELETE, not TRUNCATE: readers (the API on every node) keep seeing the old customers until this commits, where
        // TRUNCATE would make them wait for the whole save.
        await ExecuteAsync("DELETE FROM customers;").ConfigureAwait(false);
        highest = Math.Max(highest, await CopyCustomersAsync(outcome.Customers).ConfigureAwait(false));
        await ExecuteAsync(CustomerActivityStatements.Orders("")).ConfigureAwait(false);
        await ExecuteAsync(CustomerActivityStatements.Interactions("")).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM identity_links;").ConfigureAwait(false);
        await WriteLinksAsync(outcome).ConfigureAwait(false);
        return highest;
    }

    /// <summary>
    /// Replaces only the records, customers and links the outcome names, and only over the generation it was computed
    /// against (checked first, under the caller's lock); returns the highest customer number written.
    /// </summary>
    public async Task<long> SaveChangesAsync(ResolutionOutcome outcome)
    {
        ResolutionGenerationSql.Require(outcome.Generation, await PostgresResolutionGeneration.ReadAsync(connection, cancellationToken).ConfigureAwait(false));
        // Before the records are marked: a deleted record that still has a customer is always pending.
        await ExecuteAsync(
            "UPDATE customer_records SET customer_number = NULL WHERE resolved_revision IS DISTINCT FROM revision AND is_deleted AND customer_number IS NOT NULL;")
            .ConfigureAwait(false);
        var highest = await WriteRecordsAsync(outcome.CustomerOfRecord, outcome.Revisions).ConfigureAwait(false);

        // A customer named twice is written as last named (SQLite replaces the row).
        var customers = outcome.Customers.GroupBy(c => c.Number).Select(g => g.Last()).ToList();
        var reached = customers.Select(c => c.Number).ToArray();
        var touched = reached.Concat(outcome.RemovedCustomers).Distinct().ToArray();
        // Deleted and inserted again, as SQLite's INSERT OR REPLACE does: the new rows start with no activity.
        await ExecuteAsync("DELETE FROM customers WHERE number = ANY(@numbers);", touched).ConfigureAwait(false);
        highest = Math.Max(highest, await CopyCustomersAsync(customers).ConfigureAwait(false));
        if (reached.Length > 0)
        {
            await ExecuteAsync(CustomerActivityStatements.Orders(" AND r.customer_number = ANY(@numbers)"), reached).ConfigureAwait(false);
            await ExecuteAsync(CustomerActivityStatements.Interactions(" AND r.customer_number = ANY(@numbers)"), reached).ConfigureAwait(false);
        }

        await ExecuteAsync("DELETE FROM identity_links WHERE customer_number = ANY(@numbers);", touched).ConfigureAwait(false);
        await WriteLinksAsync(outcome).ConfigureAwait(false);
        return highest;
    }

    /// <summary>Stores newly trained parameters under their version.</summary>
    public async Task SaveModelAsync(IdentityModelSnapshot model)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO identity_models (version, trained_at, parameters) VALUES (@version, @at, @parameters) " +
            "ON CONFLICT (version) DO UPDATE SET trained_at = EXCLUDED.trained_at, parameters = EXCLUDED.parameters;", connection);
        command.Parameters.AddWithValue("version", (long)model.Version);
        command.Parameters.AddWithValue("at", IsoText.Timestamp(model.TrainedAt));
        command.Parameters.AddWithValue("parameters", model.Json);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Raises the highest customer number ever given out; it never goes down, so removed numbers are not reused.</summary>
    public async Task RaiseMaxCustomerNumberAsync(long highest)
    {
        await using var command = new NpgsqlCommand("UPDATE meta SET value = greatest(value, @highest) WHERE key = 'max_customer_number';", connection);
        command.Parameters.AddWithValue("highest", highest);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> WriteRecordsAsync(IReadOnlyDictionary<long, long> customerOfRecord, IReadOnlyDictionary<long, long> revisions)
    {
        if (customerOfRecord.Count == 0 && revisions.Count == 0) return 0;
        await ExecuteAsync(StageRecordsSql).ConfigureAwait(false);
        long highest = 0, done = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY resolution_records (id, customer_number, revision) FROM STDIN (FORMAT BINARY);", cancellationToken).ConfigureAwait(false))
        {
            // Writes are synchronous: they fill Npgsql's buffer and only flush when it is full, and a million awaited
            // values cost more than the copy itself.
            foreach (var (rowId, customerNumber) in customerOfRecord)
            {
                if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
                RequireValid(customerNumber);
                copy.StartRow();
                copy.Write(rowId, NpgsqlDbType.Bigint);
                copy.Write(customerNumber, NpgsqlDbType.Bigint);
                WriteOrNull(copy, revisions.TryGetValue(rowId, out var revision) ? revision : null);
                highest = Math.Max(highest, customerNumber);
            }

            foreach (var (rowId, revision) in revisions)
            {
                if (done++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
                if (customerOfRecord.ContainsKey(rowId)) continue;
                copy.StartRow();
                copy.Write(rowId, NpgsqlDbType.Bigint);
                copy.WriteNull();
                copy.Write(revision, NpgsqlDbType.Bigint);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // The planner knows nothing of a fresh temporary table; without statistics it may join a million rows by nested loop.
        await ExecuteAsync("ANALYZE resolution_records;").ConfigureAwait(false);
        await ExecuteAsync(ApplyRecordsSql).ConfigureAwait(false);
        return highest;
    }

    private async Task<long> CopyCustomersAsync(IReadOnlyList<GoldenCustomer> customers)
    {
        if (customers.Count == 0) return 0;
        long highest = 0;
        using var json = new JsonColumnWriter();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY customers ({GoldenCustomers.WrittenColumns}) FROM STDIN (FORMAT BINARY);", cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < customers.Count; i++)
        {
            if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
            var customer = customers[i];
            RequireValid(customer.Number);
            copy.StartRow();
            copy.Write(customer.Number, NpgsqlDbType.Bigint);
            copy.Write(IsoText.Kind(customer.Kind), NpgsqlDbType.Text);
            WriteOrNull(copy, customer.DisplayName);
            WriteOrNull(copy, customer.GivenName);
            WriteOrNull(copy, customer.FamilyName);
            WriteOrNull(copy, customer.Email);
            WriteOrNull(copy, customer.Phone);
            WriteOrNull(copy, customer.Street);
            WriteOrNull(copy, customer.City);
            WriteOrNull(copy, customer.Postcode);
            WriteOrNull(copy, customer.Country);
            WriteOrNull(copy, IsoText.Date(customer.BirthDate));
            WriteOrNull(copy, customer.Company);
            copy.Write(json.Array(customer.Emails), NpgsqlDbType.Text);
            copy.Write(json.Array(customer.Phones), NpgsqlDbType.Text);
            copy.Write((long)customer.RecordCount, NpgsqlDbType.Bigint);
            copy.Write(json.Lineage(customer.Lineage), NpgsqlDbType.Text);
            highest = Math.Max(highest, customer.Number);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return highest;
    }

    private async Task WriteLinksAsync(ResolutionOutcome outcome)
    {
        if (outcome.Links.Count == 0) return;
        await ExecuteAsync(StageLinksSql).ConfigureAwait(false);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY resolution_links (at, record_a, record_b, customer_number, weight, levels, rule, model_version) FROM STDIN (FORMAT BINARY);",
            cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < outcome.Links.Count; i++)
            {
                if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
                var link = outcome.Links[i];
                // Evidence of a record the outcome does not place has no customer to belong to.
                if (!outcome.CustomerOfRecord.TryGetValue(link.RecordA, out var customer)) continue;
                copy.StartRow();
                copy.Write((long)i, NpgsqlDbType.Bigint);
                copy.Write(link.RecordA, NpgsqlDbType.Bigint);
                copy.Write(link.RecordB, NpgsqlDbType.Bigint);
                copy.Write(customer, NpgsqlDbType.Bigint);
                // Rule and decision links have no finite weight; NULL says so.
                if (double.IsFinite(link.Weight)) copy.Write(link.Weight, NpgsqlDbType.Double);
                else copy.WriteNull();
                copy.Write(link.Levels, NpgsqlDbType.Bigint);
                copy.Write(link.Rule, NpgsqlDbType.Text);
                copy.Write((long)link.ModelVersion, NpgsqlDbType.Bigint);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync("ANALYZE resolution_links;").ConfigureAwait(false);
        await ExecuteAsync(ApplyLinksSql).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(string sql, long[]? numbers = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (numbers is not null) command.Parameters.AddWithValue("numbers", numbers);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteOrNull(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    private static void WriteOrNull(NpgsqlBinaryImporter copy, long? value)
    {
        if (value is { } v) copy.Write(v, NpgsqlDbType.Bigint);
        else copy.WriteNull();
    }

    private static void RequireValid(long customerNumber)
    {
        if (customerNumber <= 0)
            throw new ArgumentException($"Customer number {customerNumber} is not valid: customer numbers start at 1.", nameof(customerNumber));
    }
}
