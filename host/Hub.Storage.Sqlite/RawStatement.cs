using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Hub.Storage.Sqlite;

/// <summary>
/// A statement prepared once on a connection's native handle and re-run with new values. The bulk paths (ingest,
/// loading every record for resolution) use it instead of <see cref="SqliteCommand"/>, which looks every parameter
/// up by name on each execution and reads columns through several layers; binding by position and reading UTF-8
/// spans measured two to three times faster. It runs inside whatever transaction the connection has open.
/// Not thread-safe.
/// </summary>
internal sealed class RawStatement : ICustomerRecordRow, IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[256];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }
        // The file stores UTF-8; transcoding here into one reused buffer is faster than letting SQLite convert UTF-16.
        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > _utf8.Length) _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length)));
    }

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    public void BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs a statement that returns no rows; it is ready to run again afterwards.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        var error = rc is raw.SQLITE_DONE or raw.SQLITE_ROW ? null : Error(rc);
        // Bindings survive a reset, so values that are the same for a whole batch are bound only once.
        raw.sqlite3_reset(_statement);
        if (error is not null) throw error;
    }

    /// <summary>Runs the statement and returns the first column of its first row, or null when it returns no row.</summary>
    public long? ExecuteInt64OrNull()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            return rc switch
            {
                raw.SQLITE_ROW => raw.sqlite3_column_int64(_statement, 0),
                raw.SQLITE_DONE => null,
                _ => throw Error(rc),
            };
        }
        finally
        {
            // Runs after the error, if any, has been read from the connection.
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Moves to the next result row; false (and ready to run again) when there are no more.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW) return true;
        var error = rc == raw.SQLITE_DONE ? null : Error(rc);
        raw.sqlite3_reset(_statement);
        return error is null ? false : throw error;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public long? Int64OrNull(int column) => IsNull(column) ? null : Int64(column);

    /// <summary>A text column's bytes as stored (UTF-8), valid until the next step; empty for NULL.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(_statement, column);

    public string? Text(int column) => IsNull(column) ? null : Encoding.UTF8.GetString(Utf8(column));

    /// <summary>Rows changed by the last INSERT, UPDATE or DELETE run on the connection.</summary>
    public int Changes => raw.sqlite3_changes(_database);

    /// <summary>The rowid of the last row inserted on the connection, into any table.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_database);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) throw Error(rc);
    }

    private SqliteException Error(int rc) =>
        new($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_database).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_database));
}
