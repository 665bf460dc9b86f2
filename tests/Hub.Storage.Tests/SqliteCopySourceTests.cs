using System.Security.Cryptography;
using Hub.Core;
using Hub.Storage.Common;
using Hub.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Hub.Storage.Tests;

/// <summary>The SQLite file as <c>hub copy</c>'s source: read-only, one snapshot, and nothing carried that would not arrive unchanged.</summary>
public sealed class SqliteCopySourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CopyColumn[] ConnectorColumns = [new("id", CopyValueKind.Text), new("plugin_id", CopyValueKind.Text)];

    private static async Task<List<string>> ConnectorIdsAsync(SqliteCopySource source)
    {
        var ids = new List<string>();
        await foreach (var row in source.ReadAsync("connectors", ConnectorColumns, ["id"], Ct)) ids.Add(row[0].Text!);
        return ids;
    }

    [Fact]
    public async Task It_reads_one_snapshot_while_the_hub_writes_and_never_writes_the_file_itself()
    {
        await using var db = await TestDatabase.CreateAsync();
        await AddConnectorAsync(db, "b-shop");
        await AddConnectorAsync(db, "a-files");
        var before = Fingerprint(db.Path);

        await using (var source = await SqliteCopySource.OpenAsync(db.Path, Ct))
        {
            Assert.Equal(before, Fingerprint(db.Path));
            await AddConnectorAsync(db, "c-app");
            var written = Fingerprint(db.Path);

            Assert.Equal(2, await source.CountAsync("connectors", Ct));
            Assert.Equal(["a-files", "b-shop"], await ConnectorIdsAsync(source));
            Assert.Contains("hub_migrations", source.Tables);
            Assert.Equal(written, Fingerprint(db.Path));
        }

        Assert.Equal(3, await db.ScalarAsync<long>("SELECT count(*) FROM connectors;"));
    }

    [Fact]
    public async Task Generated_columns_are_left_out_and_the_primary_key_is_known()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var source = await SqliteCopySource.OpenAsync(db.Path, Ct);

        var customers = await source.ColumnsAsync("customers", Ct);
        var scores = await source.ColumnsAsync("mining_scores", Ct);

        Assert.DoesNotContain(customers, c => c.Name.EndsWith("_missing", StringComparison.Ordinal) || c.Name.EndsWith("_key", StringComparison.Ordinal));
        Assert.Equal(["number"], customers.Where(c => c.KeyPosition > 0).Select(c => c.Name));
        Assert.Equal(["run_id", "customer_number"], scores.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).Select(c => c.Name));
    }

    [Fact]
    public async Task A_value_that_would_not_arrive_unchanged_is_refused_naming_its_table_row_and_column()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ScalarAsync<long>("INSERT INTO api_keys (id, hash, role, pii, created_at) VALUES ('k1', 'h1', 'reader', 2, '2025-01-01T00:00:00.0000000Z') RETURNING 1;");
        await db.ScalarAsync<long>("INSERT INTO connectors (id, plugin_id, created_at) VALUES ('blob', X'00ff', '2025-01-01T00:00:00.0000000Z') RETURNING 1;");
        await using var source = await SqliteCopySource.OpenAsync(db.Path, Ct);

        var flag = await Assert.ThrowsAsync<UserFacingException>(async () =>
        {
            await foreach (var _ in source.ReadAsync("api_keys", [new("id", CopyValueKind.Text), new("pii", CopyValueKind.Boolean)], ["id"], Ct)) { }
        });
        var blob = await Assert.ThrowsAsync<UserFacingException>(() => ConnectorIdsAsync(source));

        Assert.Contains("api_keys.pii of the row with id k1 holds 2 where a flag (0 or 1) belongs", flag.Message, StringComparison.Ordinal);
        Assert.Contains("connectors.plugin_id of the row with id blob holds a blob of 2 bytes where text belongs", blob.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_an_older_hub_wrote_or_one_that_is_no_hub_database_is_refused_saying_what_to_do()
    {
        await using var older = await TestDatabase.CreateAsync(migrate: false);
        await older.MigrateThroughAsync(12);
        var other = Path.Combine(Path.GetDirectoryName(older.Path)!, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var create = new SqliteCommand("CREATE TABLE notes (id INTEGER PRIMARY KEY);", connection);
            await create.ExecuteNonQueryAsync(Ct);
        }

        var fromOlder = await Assert.ThrowsAsync<UserFacingException>(() => SqliteCopySource.OpenAsync(older.Path, Ct));
        var fromOther = await Assert.ThrowsAsync<UserFacingException>(() => SqliteCopySource.OpenAsync(other, Ct));
        var missing = await Assert.ThrowsAsync<UserFacingException>(() => SqliteCopySource.OpenAsync(other + ".missing", Ct));

        Assert.Contains($"older version of the hub ({MigrationScripts.Count - 12} migration(s) behind): upgrade it first with 'hub migrate --data-dir", fromOlder.Message, StringComparison.Ordinal);
        Assert.Contains("not a hub database", fromOther.Message, StringComparison.Ordinal);
        Assert.Contains("there is no hub database at", missing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(other + ".missing"));
    }

    private static Task<long> AddConnectorAsync(TestDatabase db, string id) =>
        db.ScalarAsync<long>($"INSERT INTO connectors (id, plugin_id, created_at) VALUES ('{id}', 'files', '2025-01-01T00:00:00.0000000Z') RETURNING 1;");

    // The file's bytes and its write-ahead log's: what a reader could change.
    private static string Fingerprint(string path) =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) + "/" +
        (File.Exists(path + "-wal") ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path + "-wal"))) : "-");
}
