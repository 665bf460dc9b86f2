using System.Diagnostics;
using System.Text;
using Hub.SampleData;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// The floor under the ingest figure: the same customer rows, already parsed into strings (empty fields as NULL), put into
/// an empty table of the same columns by one prepared statement through SQLite's C API (bind by position, UTF-8 from a
/// reused buffer, step, reset), committed in chunks, WAL and synchronous=NORMAL as the store has them (see
/// <see cref="FloorSetup"/>). Nothing else: no validation, no hashing, no upsert, no bookkeeping. Only the inserts and
/// commits are timed; the parsing of the next chunk is not.
/// </summary>
internal static class FloorInsert
{
    public static async Task<ScenarioResult> RunAsync(string name, IReadOnlyList<SampleFile> files, string databasePath, FloorSetup setup)
    {
        var ((count, inserting, insertingCpu), _, _, peak) = await Measured.RunAsync(() => Task.FromResult(Insert(files, databasePath, setup)));
        // The figure is the time spent inserting and committing; parsing the next chunk is not the floor's work.
        return new ScenarioResult(name, count, inserting, insertingCpu, peak);
    }

    private static (long Count, TimeSpan Timed, TimeSpan TimedCpu) Insert(IReadOnlyList<SampleFile> files, string databasePath, FloorSetup setup)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " + setup.Pragmas);
        Execute(connection,
            "CREATE TABLE floor_customers (id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_id TEXT NOT NULL, full_name TEXT, " +
            "given_name TEXT, family_name TEXT, email TEXT, phone TEXT, street TEXT, city TEXT, postcode TEXT, country TEXT, " +
            "birth_date TEXT, company TEXT, external_id TEXT, kind TEXT" + (setup.UniqueKey ? ", UNIQUE (source, source_id));" : ");"));

        var database = connection.Handle!;
        Check(database, raw.sqlite3_prepare_v2(database,
            "INSERT INTO floor_customers (source, source_id, full_name, given_name, family_name, email, phone, street, city, postcode, " +
            "country, birth_date, company, external_id, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15);",
            out var statement));
        using (statement)
        {
            var utf8 = new byte[1024];
            var timer = new Stopwatch();
            var cpu = TimeSpan.Zero;
            long count = 0;
            foreach (var (source, chunk) in FloorRows.Chunks(files, setup.RowsPerTransaction))
            {
                var cpuBefore = ProcessCpuTime();
                timer.Start();
                Execute(connection, "BEGIN;");
                Check(database, raw.sqlite3_bind_text(statement, 1, Utf8(source, ref utf8)));
                foreach (var row in chunk)
                {
                    for (var i = 0; i < FloorRows.Columns; i++)
                    {
                        var rc = row[i] is { } value ? raw.sqlite3_bind_text(statement, i + 2, Utf8(value, ref utf8)) : raw.sqlite3_bind_null(statement, i + 2);
                        Check(database, rc);
                    }

                    var step = raw.sqlite3_step(statement);
                    if (step != raw.SQLITE_DONE) Check(database, step);
                    raw.sqlite3_reset(statement);
                }

                Execute(connection, "COMMIT;");
                timer.Stop();
                cpu += ProcessCpuTime() - cpuBefore;
                count += chunk.Count;
            }

            return (count, timer.Elapsed, cpu);
        }
    }

    // Read around each transaction, so the parsing between them is left out of the processor time as it is of the elapsed time.
    internal static TimeSpan ProcessCpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // The span stays valid until the next call; SQLite copies bound text on bind (SQLITE_TRANSIENT).
    private static ReadOnlySpan<byte> Utf8(string value, ref byte[] buffer)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > buffer.Length) buffer = new byte[Math.Max(needed, buffer.Length * 2)];
        return buffer.AsSpan(0, Encoding.UTF8.GetBytes(value, buffer));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Check(sqlite3 database, int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(database).utf8_to_string()}", rc);
    }
}
