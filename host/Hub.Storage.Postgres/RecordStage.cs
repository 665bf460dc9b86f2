using System.Text;
using Hub.Contracts;

namespace Hub.Storage.Postgres;

/// <summary>
/// Encodes one record table's share of a batch for <see cref="EncodedStage"/>, which stores it: the records go by binary
/// COPY into a temporary staging table (dropped at commit), then one <c>INSERT ... SELECT ... ON CONFLICT DO UPDATE</c>
/// moves them into the table. A known key is rewritten
/// only when its content hash differs, and <c>RETURNING xmax = 0</c> tells the inserted rows from the updated ones; rows
/// the statement leaves alone are the unchanged ones.
/// <para>
/// The upsert takes the rows in key order, not batch order: each key lookup and insert then lands next to the last one in
/// the key's index, on pages already in the processor's cache, and new row ids (assigned in that order) go to the right
/// edge of the id indexes. A large import costs the server about a sixth less than in batch order. New rows' ids follow
/// key order within a batch; a run writes two batches at once (<see cref="PostgresBatchWindow"/>), so the ids of two
/// consecutive batches may interleave.
/// </para>
/// <para>
/// One statement may not touch a row twice, but a batch may hold a key more than once (a record read twice). Every
/// occurrence gets a round: the first of each key is round 0, the second round 1 and so on, and each round is one upsert in
/// order, so counts, revisions and the final content are what storing the records one by one gives. Nearly every batch is
/// one round.
/// </para>
/// </summary>
internal abstract class RecordStage<T> where T : SourceRecord
{
    // Often enough to stop a large batch quickly, rarely enough to cost nothing.
    private const int CancellationCheckInterval = 512;

    private static readonly StageColumn[] Trailing =
    [
        new("attributes", "text"), new("warnings", "text"), new("source_updated_at", "text"), new("position", "text"),
        new("content_hash", "bigint"), new("is_deleted", "boolean"),
    ];

    private readonly List<T> _records = [];
    private readonly List<int> _rounds = [];
    private readonly Dictionary<(string Stream, string Id), int> _seen = [];
    private readonly StageEncoding _encoding;
    private readonly string _table;
    private readonly string _stage;
    private readonly string[] _keys;
    private readonly StageColumn[] _columns;
    private readonly string? _extraOnUpdate;
    private readonly string[] _updated;
    private readonly bool _notesCustomers;
    private int _roundCount;

    /// <param name="encoding">The encoding thread's buffers.</param>
    /// <param name="table">The record table.</param>
    /// <param name="keys">Its key columns after <c>source</c>, in the order the derived class writes them.</param>
    /// <param name="data">Its data columns, in the order the derived class writes them after the keys.</param>
    /// <param name="extraOnUpdate">More assignments for a changed row, over the target <c>t</c> and <c>excluded</c>.</param>
    /// <param name="notesCustomers">Whether changed rows note their customer source ids (old and new) for the activity refresh.</param>
    protected RecordStage(StageEncoding encoding, string table, StageColumn[] keys, StageColumn[] data, string? extraOnUpdate = null, bool notesCustomers = false)
    {
        _encoding = encoding;
        _table = table;
        _stage = "hub_stage_" + table;
        _keys = keys.Select(c => c.Name).ToArray();
        _columns = [.. keys, .. data, .. Trailing];
        _extraOnUpdate = extraOnUpdate;
        _updated = data.Select(c => c.Name).Concat(Trailing.Select(c => c.Name)).ToArray();
        _notesCustomers = notesCustomers;
    }

    protected ContentHasher Hasher => _encoding.Hasher;

    protected JsonColumnWriter Json => _encoding.Json;

    /// <summary>Adds a record in batch order.</summary>
    public void Add(T record)
    {
        var key = (record.Stream, record.RecordId);
        var round = _seen.TryGetValue(key, out var seen) ? seen + 1 : 0;
        _seen[key] = round;
        _roundCount = Math.Max(_roundCount, round + 1);
        _records.Add(record);
        _rounds.Add(round);
    }

    /// <summary>Encodes the records added so far, with the statements that store them.</summary>
    public EncodedStage Encode(CancellationToken cancellationToken)
    {
        var definition = string.Join(", ", _columns.Select(c => c.Definition).Prepend("round integer"));
        var create = $"CREATE TEMP TABLE {_stage} ({definition}) ON COMMIT DROP;";
        var copy = $"COPY {_stage} (round, {string.Join(", ", _columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY);";
        var rows = new StageRow();
        try
        {
            for (var i = 0; i < _records.Count; i++)
            {
                if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
                var record = _records[i];
                rows.Start(_columns.Length + 1);
                rows.Int32(_rounds[i]);
                var clearData = WriteColumns(rows, record);
                var attributes = clearData ? JsonColumnWriter.EmptyObject : Json.Object(record.Attributes);
                var sourceUpdatedAt = IsoText.Timestamp(record.UpdatedAt);
                rows.Text(attributes);
                rows.Text(clearData ? JsonColumnWriter.EmptyArray : Json.Array(record.Warnings));
                rows.Text(sourceUpdatedAt);
                rows.Text(record.Position);
                rows.Int64(Hasher.Add(attributes).Add(sourceUpdatedAt).Add(record.IsDeleted).Finish());
                rows.Flag(record.IsDeleted);
            }

            rows.Complete();
            return new EncodedStage(create, copy, UpsertSql(), _notesCustomers, rows, _records.Count, _roundCount);
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes the record's key and data columns in the constructor's order and starts the content hash with its own fields;
    /// returns whether to store a tombstone (key kept, attributes and warnings dropped).
    /// </summary>
    protected abstract bool WriteColumns(StageRow row, T record);

    private string UpsertSql()
    {
        var target = _columns.Select(c => c.Name).ToArray();
        var sql = new StringBuilder();
        if (_notesCustomers)
        {
            // Before the upsert (one snapshot for the whole statement): the customer a row leaves also changes its activity.
            sql.Append("WITH moved AS (SELECT t.customer_source_id FROM ").Append(_table).Append(" t JOIN ").Append(_stage)
                .Append(" s ON t.source = @source AND ").AppendJoin(" AND ", _keys.Select(k => $"t.{k} = s.{k}"))
                .Append(" WHERE s.round = @round AND t.customer_source_id IS DISTINCT FROM s.customer_source_id), changed AS (");
        }
        else
        {
            sql.Append("WITH changed AS (");
        }

        sql.Append("INSERT INTO ").Append(_table).Append(" AS t (source, ").AppendJoin(", ", target)
            .Append(", first_seen, last_changed, last_run_id) SELECT @source, ").AppendJoin(", ", _columns.Select(c => c.Selected))
            .Append(", @now, @now, @run FROM ").Append(_stage).Append(" s WHERE s.round = @round ORDER BY ").AppendJoin(", ", _keys.Select(k => "s." + k))
            .Append(" ON CONFLICT (source, ").AppendJoin(", ", _keys).Append(") DO UPDATE SET ")
            .AppendJoin(", ", _updated.Append("last_changed").Append("last_run_id").Select(c => $"{c} = excluded.{c}"))
            .Append(", revision = t.revision + 1");
        if (_extraOnUpdate is not null) sql.Append(", ").Append(_extraOnUpdate);
        // xmax is 0 on a freshly inserted row version and the updating transaction's id on an updated one.
        sql.Append(" WHERE t.content_hash IS DISTINCT FROM excluded.content_hash RETURNING t.xmax = 0 AS inserted");
        if (_notesCustomers)
        {
            sql.Append(", t.customer_source_id), noted AS (INSERT INTO ").Append(PostgresBatchActivity.Table)
                .Append(" (customer_source_id) SELECT customer_source_id FROM changed UNION SELECT customer_source_id FROM moved)");
        }
        else
        {
            sql.Append(')');
        }

        return sql.Append(" SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM changed;").ToString();
    }
}
