using System.Text;
using Hub.Contracts;

namespace Hub.Storage.Sqlite;

/// <summary>
/// One prepared upsert statement for one record table, reused for every row of a batch: only values change per row.
/// The statement inserts a new key and rewrites a known key only when its content hash differs. Which of the three
/// happened is read from the connection rather than from a RETURNING clause, which measured at roughly half the cost
/// of the whole upsert: no change means unchanged; otherwise a new rowid means an insert (see <see cref="Classify"/>).
/// Derived classes bind their own columns by the positions <see cref="Column"/> gives, then call <see cref="Execute"/>.
/// </summary>
internal abstract class RecordUpsert : IDisposable
{
    private static readonly string[] Trailing = ["attributes", "warnings", "source_updated_at", "position", "content_hash", "is_deleted"];

    private readonly RawStatement _statement;
    private readonly RawStatement _rowExists;
    private readonly string[] _columns;
    private readonly int _attributes;
    private long _maxRowId;

    protected RecordUpsert(IngestContext context, string table, string[] keyColumns, string[] dataColumns, string? extraOnUpdate = null)
    {
        Hasher = context.Hasher;
        Json = context.Json;
        _columns = ["source", .. keyColumns, .. dataColumns, .. Trailing, "first_seen", "last_changed", "last_run_id"];

        var sql = new StringBuilder()
            .Append("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", _columns).Append(") VALUES (")
            .AppendJoin(", ", _columns.Select((_, i) => "?" + (i + 1)))
            .Append(") ON CONFLICT (source, ").AppendJoin(", ", keyColumns).Append(") DO UPDATE SET ")
            .AppendJoin(", ", dataColumns.Concat(Trailing).Append("last_changed").Append("last_run_id").Select(c => $"{c} = excluded.{c}"))
            .Append(", revision = revision + 1");
        if (extraOnUpdate is not null) sql.Append(", ").Append(extraOnUpdate);
        sql.Append(" WHERE content_hash IS NOT excluded.content_hash;");

        _statement = new RawStatement(context.Connection, sql.ToString());
        _rowExists = new RawStatement(context.Connection, $"SELECT count(*) FROM {table} WHERE rowid = ?1;");
        using (var max = new RawStatement(context.Connection, $"SELECT coalesce(max(rowid), 0) FROM {table};"))
        {
            _maxRowId = max.ExecuteInt64OrNull() ?? 0;
        }
        _statement.Bind(Column("source"), context.Source);
        _statement.Bind(Column("first_seen"), context.Now);
        _statement.Bind(Column("last_changed"), context.Now);
        _statement.Bind(Column("last_run_id"), context.RunId);
        _attributes = Column("attributes");
    }

    protected ContentHasher Hasher { get; }

    protected JsonColumnWriter Json { get; }

    protected RawStatement Statement => _statement;

    /// <summary>The 1-based parameter position of a column.</summary>
    protected int Column(string name)
    {
        var index = Array.IndexOf(_columns, name);
        return index >= 0 ? index + 1 : throw new ArgumentException($"No column '{name}' in this statement.", nameof(name));
    }

    /// <summary>
    /// Finishes a row: adds what every record has to the hash the derived class started with its own fields, binds it
    /// and runs the statement. <paramref name="clearData"/> stores a tombstone: key kept, attributes and warnings dropped.
    /// </summary>
    protected UpsertResult Execute(SourceRecord record, bool clearData)
    {
        var attributes = clearData ? JsonColumnWriter.EmptyObject : Json.Object(record.Attributes);
        var sourceUpdatedAt = IsoText.Timestamp(record.UpdatedAt);
        var hash = Hasher.Add(attributes).Add(sourceUpdatedAt).Add(record.IsDeleted).Finish();

        // Trailing columns sit in a fixed order right after the record's own.
        var at = _attributes;
        _statement.Bind(at, attributes);
        _statement.Bind(at + 1, clearData ? JsonColumnWriter.EmptyArray : Json.Array(record.Warnings));
        _statement.Bind(at + 2, sourceUpdatedAt);
        _statement.Bind(at + 3, record.Position);
        _statement.Bind(at + 4, hash);
        _statement.Bind(at + 5, record.IsDeleted ? 1L : 0L);

        var before = _statement.LastInsertRowId;
        _statement.Execute();
        return _statement.Changes == 0 ? UpsertResult.Unchanged : Classify(before, _statement.LastInsertRowId);
    }

    public void Dispose()
    {
        _statement.Dispose();
        _rowExists.Dispose();
    }

    /// <summary>
    /// Tells an insert from an update once a row has changed. An update leaves the connection's last insert rowid as
    /// it was; an insert sets it to the table's largest rowid plus one (SQLite's rule while rowids are below 2^63-1,
    /// and the batch's write lock keeps other writers out). The only doubt is when the rowid of some other table's
    /// last insert happens to equal that next rowid; then whether the row exists settles it.
    /// </summary>
    private UpsertResult Classify(long before, long after)
    {
        if (after != _maxRowId + 1) return UpsertResult.Updated;
        if (after == before)
        {
            _rowExists.Bind(1, after);
            if (_rowExists.ExecuteInt64OrNull() == 0) return UpsertResult.Updated;
        }
        _maxRowId = after;
        return UpsertResult.Inserted;
    }
}
