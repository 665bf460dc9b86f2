using Hub.Core.Model;
using Npgsql;

namespace Hub.Storage.Postgres;

/// <summary>
/// The steps of one erasure inside the caller's transaction, each one set-based statement over all of the customer's
/// records (their ids, source ids and erased tokens travel as arrays); <see cref="PostgresErasureStore"/> runs them in
/// order and commits. Nothing here commits.
/// </summary>
internal sealed class PostgresErasureWriter(NpgsqlConnection connection, string now, CancellationToken cancellationToken)
{
    // Every personal column emptied, the key replaced and the row made a deletion with a new revision, so an incremental
    // resolution sees the record go. content_hash 0 matches no upsert: nothing will ever be stored under the erased key.
    private const string EraseRecordsSql =
        "UPDATE customer_records r SET source_id = t.token, full_name = NULL, given_name = NULL, family_name = NULL, email = NULL, " +
        "phone = NULL, street = NULL, city = NULL, postcode = NULL, country = NULL, birth_date = NULL, company = NULL, " +
        "external_id = NULL, attributes = '{}', warnings = '[]', source_updated_at = NULL, position = NULL, content_hash = 0, " +
        "is_deleted = TRUE, revision = r.revision + 1, customer_number = NULL, last_changed = @now " +
        "FROM unnest(@ids, @tokens) AS t (id, token) WHERE r.id = t.id;";

    private const string Erased = "FROM unnest(@sources, @source_ids, @tokens) AS t (source, source_id, token) " +
        "WHERE a.source = t.source AND a.customer_source_id = t.source_id;";

    // Amounts and times stay, so revenue statistics still add up; only the link to the person goes.
    private const string UnlinkOrdersSql = "UPDATE orders a SET customer_source_id = t.token, last_changed = @now " + Erased;

    // Channel, type, direction, duration, outcome, score and time stay for the statistics; what an agent wrote does not.
    private const string ScrubInteractionsSql =
        "UPDATE interactions a SET customer_source_id = t.token, summary = NULL, agent = NULL, attributes = '{}', warnings = '[]', last_changed = @now " + Erased;

    private const string ScrubEventsSql =
        "UPDATE events a SET customer_source_id = t.token, properties = NULL, attributes = '{}', warnings = '[]', last_changed = @now " + Erased;

    /// <summary>Whether the customer exists: a golden record, or records resolution gave its number.</summary>
    public async Task<bool> CustomerExistsAsync(long number)
    {
        await using var command = Command(
            "SELECT EXISTS (SELECT 1 FROM customers WHERE number = @number) OR EXISTS (SELECT 1 FROM customer_records WHERE customer_number = @number);",
            ("number", number));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// The customer's records, deleted ones that still name it included, with their row ids; locked, so an ingest of one
    /// of them waits for the erasure and then finds it erased.
    /// </summary>
    public async Task<IReadOnlyList<(long RowId, ErasableRecord Record)>> RecordsOfAsync(long number)
    {
        await using var command = Command(
            "SELECT id, source, source_id, full_name, email, phone, country FROM customer_records WHERE customer_number = @number ORDER BY id FOR UPDATE;",
            ("number", number));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<(long, ErasableRecord)>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add((reader.GetInt64(0), new ErasableRecord(reader.GetString(1), reader.GetString(2), Text(3), Text(4), Text(5), Text(6))));
        }

        return records;
    }

    /// <summary>Empties the records and replaces each source id by its token.</summary>
    public Task EraseRecordsAsync(long[] rowIds, string[] tokens) => RunAsync(EraseRecordsSql, ("now", now), ("ids", rowIds), ("tokens", tokens));

    /// <summary>Unlinks the records' orders, interactions and events; returns how many of each.</summary>
    public async Task<(long Orders, long Interactions, long Events)> UnlinkActivityAsync(string[] sources, string[] sourceIds, string[] tokens)
    {
        (string, object)[] values = [("now", now), ("sources", sources), ("source_ids", sourceIds), ("tokens", tokens)];
        return (await RunAsync(UnlinkOrdersSql, values).ConfigureAwait(false), await RunAsync(ScrubInteractionsSql, values).ConfigureAwait(false),
            await RunAsync(ScrubEventsSql, values).ConfigureAwait(false));
    }

    /// <summary>Deletes quarantined inputs that hold one of the records' identifiers, released ones included; returns how many.</summary>
    public async Task<long> DeleteQuarantineAsync(IReadOnlyList<ErasableRecord> records)
    {
        var matcher = new QuarantineMatcher(records);
        var doomed = new List<long>();
        await using (var command = Command("SELECT id, source, raw_payload FROM quarantine;"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (matcher.Matches(reader.GetString(1), reader.GetString(2))) doomed.Add(reader.GetInt64(0));
            }
        }

        if (doomed.Count > 0) await RunAsync("DELETE FROM quarantine WHERE id = ANY(@ids);", ("ids", doomed.ToArray())).ConfigureAwait(false);
        return doomed.Count;
    }

    /// <summary>
    /// Empties the values of the customer's overrides and renames its records in every decision by their erased ids (the
    /// only changes the decision log's trigger lets through); returns how many decisions changed.
    /// </summary>
    public async Task<long> EraseDecisionsAsync(long number, IReadOnlyDictionary<string, string> erasedRefs)
    {
        var changes = new List<DecisionScrub>();
        await using (var command = Command("SELECT id, records, apart, value, customer_number FROM identity_decisions ORDER BY id;"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var scrub = DecisionScrub.Of(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), !reader.IsDBNull(3),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4), number, erasedRefs);
                if (scrub is not null) changes.Add(scrub);
            }
        }

        if (changes.Count > 0)
        {
            await RunAsync(
                "UPDATE identity_decisions d SET records = CAST(t.records AS jsonb), apart = CAST(t.apart AS jsonb), " +
                "value = CASE WHEN t.erase_value THEN NULL ELSE d.value END " +
                "FROM unnest(@ids, @records, @aparts, @erase_values) AS t (id, records, apart, erase_value) WHERE d.id = t.id;",
                ("ids", changes.Select(c => c.Id).ToArray()), ("records", changes.Select(c => c.Records).ToArray()),
                ("aparts", changes.Select(c => c.Apart).ToArray()), ("erase_values", changes.Select(c => c.EraseValue).ToArray())).ConfigureAwait(false);
        }

        return changes.Count;
    }

    /// <summary>Deletes the golden record, the evidence of its links and its mining scores.</summary>
    public async Task DeleteGoldenAsync(long number)
    {
        await RunAsync("DELETE FROM identity_links WHERE customer_number = @number;", ("number", number)).ConfigureAwait(false);
        await RunAsync("DELETE FROM customers WHERE number = @number;", ("number", number)).ConfigureAwait(false);
        // Scores are about the person too; each run's rows are found through the (run, customer) index.
        await RunAsync("DELETE FROM mining_scores WHERE (run_id, customer_number) IN (SELECT id, @number FROM mining_runs);", ("number", number)).ConfigureAwait(false);
    }

    /// <summary>Writes the audit entry and returns its id.</summary>
    public async Task<long> InsertAuditAsync(Erasure erasure)
    {
        await using var command = Command(
            "INSERT INTO erasures (customer_number, reason, actor, erased_at, source_records, orders, interactions, events, quarantine_items, decisions, suppressions) " +
            "VALUES (@number, @reason, @actor, @now, @records, @orders, @interactions, @events, @quarantine, @decisions, @suppressions) RETURNING id;",
            ("number", erasure.CustomerNumber), ("reason", erasure.Reason), ("actor", erasure.Actor), ("now", now),
            ("records", erasure.SourceRecords), ("orders", erasure.Orders), ("interactions", erasure.Interactions), ("events", erasure.Events),
            ("quarantine", erasure.QuarantineItems), ("decisions", erasure.Decisions), ("suppressions", erasure.Suppressions));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Adds the hashes to the suppression list; one already there (the same e-mail erased before) stays as it was.</summary>
    public Task InsertSuppressionsAsync(long erasureId, IReadOnlyCollection<Suppression> suppressions) =>
        suppressions.Count == 0
            ? Task.CompletedTask
            : RunAsync(
                "INSERT INTO suppressions (kind, hash, erasure_id, created_at) SELECT t.kind, t.hash, @erasure, @now " +
                "FROM unnest(@kinds, @hashes) AS t (kind, hash) ON CONFLICT (kind, hash) DO NOTHING;",
                ("erasure", erasureId), ("now", now), ("kinds", suppressions.Select(s => SuppressionKinds.Name(s.Kind)).ToArray()),
                ("hashes", suppressions.Select(s => s.Hash).ToArray()));

    private async Task<long> RunAsync(string sql, params (string Name, object Value)[] values)
    {
        await using var command = Command(sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private NpgsqlCommand Command(string sql, params (string Name, object Value)[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
