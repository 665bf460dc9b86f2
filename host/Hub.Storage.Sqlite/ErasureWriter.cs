using Hub.Core.Model;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Sqlite;

/// <summary>
/// The steps of one erasure, each a few statements inside the caller's transaction; <see cref="SqliteErasureStore"/>
/// runs them in order and commits. Nothing here commits.
/// </summary>
internal sealed class ErasureWriter(SqliteConnection connection, SqliteTransaction transaction, string now)
{
    // Every personal column emptied, the key replaced and the row made a deletion with a new revision, so an incremental
    // resolution sees the record go. Country goes too, as it does when a source deletes a record. content_hash 0 matches
    // no upsert: nothing will ever be stored under the erased key anyway.
    private const string EraseRecordSql =
        "UPDATE customer_records SET source_id = $token, full_name = NULL, given_name = NULL, family_name = NULL, email = NULL, " +
        "phone = NULL, street = NULL, city = NULL, postcode = NULL, country = NULL, birth_date = NULL, company = NULL, " +
        "external_id = NULL, attributes = '{}', warnings = '[]', source_updated_at = NULL, position = NULL, content_hash = 0, " +
        "is_deleted = 1, revision = revision + 1, customer_number = NULL, last_changed = $now WHERE id = $id;";

    // Amounts and times stay, so revenue statistics still add up; only the link to the person goes.
    private const string UnlinkOrdersSql =
        "UPDATE orders SET customer_source_id = $token, last_changed = $now WHERE source = $source AND customer_source_id = $source_id;";

    // Channel, type, direction, duration, outcome, score and time stay for the statistics; what an agent wrote does not.
    private const string ScrubInteractionsSql =
        "UPDATE interactions SET customer_source_id = $token, summary = NULL, agent = NULL, attributes = '{}', warnings = '[]', " +
        "last_changed = $now WHERE source = $source AND customer_source_id = $source_id;";

    private const string ScrubEventsSql =
        "UPDATE events SET customer_source_id = $token, properties = NULL, attributes = '{}', warnings = '[]', last_changed = $now " +
        "WHERE source = $source AND customer_source_id = $source_id;";

    /// <summary>Whether the customer exists: a golden record, or records resolution gave its number.</summary>
    public bool CustomerExists(long number) => Scalar(
        "SELECT EXISTS (SELECT 1 FROM customers WHERE number = $number) OR EXISTS (SELECT 1 FROM customer_records WHERE customer_number = $number);",
        ("$number", number)) == 1;

    /// <summary>The customer's records, deleted ones that still name it included, with their row ids.</summary>
    public IReadOnlyList<(long RowId, ErasableRecord Record)> RecordsOf(long number)
    {
        using var command = Command(
            "SELECT id, source, source_id, full_name, email, phone, country FROM customer_records WHERE customer_number = $number ORDER BY id;",
            ("$number", number));
        using var reader = command.ExecuteReader();
        var records = new List<(long, ErasableRecord)>();
        while (reader.Read())
        {
            records.Add((reader.GetInt64(0), new ErasableRecord(reader.GetString(1), reader.GetString(2),
                Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6))));
        }

        return records;
    }

    /// <summary>Empties one record and replaces its source id by <paramref name="token"/>.</summary>
    public void EraseRecord(long rowId, string token) => Run(EraseRecordSql, ("$token", token), ("$now", now), ("$id", rowId));

    /// <summary>Unlinks the record's orders, interactions and events; returns how many of each.</summary>
    public (long Orders, long Interactions, long Events) UnlinkActivity(ErasableRecord record, string token)
    {
        (string, object)[] values = [("$token", token), ("$now", now), ("$source", record.Source), ("$source_id", record.SourceId)];
        return (Run(UnlinkOrdersSql, values), Run(ScrubInteractionsSql, values), Run(ScrubEventsSql, values));
    }

    /// <summary>Deletes quarantined inputs that hold one of the records' identifiers, released ones included; returns how many.</summary>
    public long DeleteQuarantine(IReadOnlyList<ErasableRecord> records)
    {
        var matcher = new QuarantineMatcher(records);
        var doomed = new List<long>();
        using (var command = Command("SELECT id, source, raw_payload FROM quarantine;"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (matcher.Matches(reader.GetString(1), reader.GetString(2))) doomed.Add(reader.GetInt64(0));
            }
        }

        foreach (var id in doomed) Run("DELETE FROM quarantine WHERE id = $id;", ("$id", id));
        return doomed.Count;
    }

    /// <summary>
    /// Empties the values of the customer's overrides and renames its records in every decision by their erased ids (the
    /// only changes the decision log's trigger lets through); returns how many decisions changed.
    /// </summary>
    public long EraseDecisions(long number, IReadOnlyDictionary<string, string> erasedRefs)
    {
        var changes = new List<DecisionScrub>();
        using (var command = Command("SELECT id, records, apart, value, customer_number FROM identity_decisions ORDER BY id;"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var scrub = DecisionScrub.Of(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), !reader.IsDBNull(3),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4), number, erasedRefs);
                if (scrub is not null) changes.Add(scrub);
            }
        }

        foreach (var change in changes)
        {
            Run("UPDATE identity_decisions SET records = $records, apart = $apart, value = CASE WHEN $erase_value THEN NULL ELSE value END WHERE id = $id;",
                ("$records", change.Records), ("$apart", change.Apart), ("$erase_value", change.EraseValue), ("$id", change.Id));
        }

        return changes.Count;
    }

    /// <summary>Deletes the golden record and the evidence of its links.</summary>
    public void DeleteGolden(long number)
    {
        Run("DELETE FROM identity_links WHERE customer_number = $number;", ("$number", number));
        Run("DELETE FROM customers WHERE number = $number;", ("$number", number));
        // Scores are about the person too; each run's rows are found through the (run, customer) index.
        Run("DELETE FROM mining_scores WHERE (run_id, customer_number) IN (SELECT id, $number FROM mining_runs);", ("$number", number));
    }

    /// <summary>Writes the audit entry and returns its id.</summary>
    public long InsertAudit(Erasure erasure) => Scalar(
        "INSERT INTO erasures (customer_number, reason, actor, erased_at, source_records, orders, interactions, events, quarantine_items, decisions, suppressions) " +
        "VALUES ($number, $reason, $actor, $now, $records, $orders, $interactions, $events, $quarantine, $decisions, $suppressions) RETURNING id;",
        ("$number", erasure.CustomerNumber), ("$reason", erasure.Reason), ("$actor", erasure.Actor), ("$now", now),
        ("$records", erasure.SourceRecords), ("$orders", erasure.Orders), ("$interactions", erasure.Interactions), ("$events", erasure.Events),
        ("$quarantine", erasure.QuarantineItems), ("$decisions", erasure.Decisions), ("$suppressions", erasure.Suppressions));

    /// <summary>Adds the hashes to the suppression list; one already there (the same e-mail erased before) stays as it was.</summary>
    public void InsertSuppressions(long erasureId, IEnumerable<Suppression> suppressions)
    {
        foreach (var suppression in suppressions)
        {
            Run("INSERT OR IGNORE INTO suppressions (kind, hash, erasure_id, created_at) VALUES ($kind, $hash, $erasure, $now);",
                ("$kind", SuppressionKinds.Name(suppression.Kind)), ("$hash", suppression.Hash), ("$erasure", erasureId), ("$now", now));
        }
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private long Run(string sql, params (string Name, object Value)[] values)
    {
        using var command = Command(sql, values);
        return command.ExecuteNonQuery();
    }

    private long Scalar(string sql, params (string Name, object Value)[] values)
    {
        using var command = Command(sql, values);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
