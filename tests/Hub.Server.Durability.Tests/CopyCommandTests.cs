using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Server.Tests;
using Hub.Testing;
using Microsoft.Data.Sqlite;

namespace Hub.Server.Durability.Tests;

/// <summary><c>hub copy</c> through the real executable: an embedded hub moved into a throwaway PostgreSQL database.</summary>
public sealed partial class CopyCommandTests(FilledHub source) : IClassFixture<FilledHub>, IDisposable
{
    private static readonly string[] HubTables =
    [
        "meta", "runs", "checkpoints", "checkpoint_changes", "quarantine", "connectors", "api_keys", "customer_records", "orders",
        "interactions", "events", "customers", "identity_models", "identity_links", "identity_decisions", "erasures", "suppressions",
        "mining_runs", "mining_scores", "mining_series",
    ];

    private readonly TempFolder _folder = new();

    private HubProcess Source => new(source.DataDirectory);

    // Commands against PostgreSQL run with a data dir of their own, which never gets a database.
    private HubProcess OnPostgres => new(Path.Combine(_folder.Path, "pg-data"));

    [Fact]
    public async Task Every_table_arrives_unchanged_and_the_hub_on_postgres_answers_as_it_did_on_sqlite()
    {
        var server = await PostgresServer.Require();
        var connection = await server.CreateDatabaseAsync();
        string[] postgres = ["--storage", "postgres", "--connection", connection];
        var before = Fingerprint(source.DatabasePath);

        var copy = (await OnPostgres.RunAsync("copy", "--from", "sqlite:" + source.DataDirectory, "--to", "postgres:" + connection)).AssertSuccess();

        var report = ReportLines().Matches(copy.Stdout).ToDictionary(m => m.Groups["table"].Value);
        Assert.Equal(HubTables.Order(), report.Keys.Order());
        Assert.All(report.Values, line =>
        {
            // Every table had something to carry, so every checksum compared real rows.
            Assert.NotEqual("0", line.Groups["source"].Value);
            Assert.Equal(line.Groups["source"].Value, line.Groups["target"].Value);
            Assert.Equal("same", line.Groups["result"].Value);
        });
        Assert.Contains("every count and checksum matches", copy.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(source.DatabasePath));
        // Quartz's tables stay behind, and a pause lives only there: the operator is told which to pause again.
        Assert.Contains("note: the source had paused the schedules of dropbox; pauses are not copied", copy.Stderr, StringComparison.Ordinal);

        string[][] compared =
        [
            ["decisions"], ["erasures"], ["apikey", "list"], ["connectors", "list"], ["runs", "--limit", "100"], ["quarantine", "list"],
            ["mine", "runs", "--json"], ["checkpoint", "show", "shop"], ["explain", source.Merged], ["customer", "show", source.Overridden],
        ];
        foreach (var command in compared)
        {
            var onSqlite = (await Source.RunAsync(command)).AssertSuccess().Stdout;
            Assert.Equal(onSqlite, (await OnPostgres.RunAsync([.. command, .. postgres])).AssertSuccess().Stdout);
        }

        foreach (var export in new[] { "customers", "clusters" })
        {
            var onSqlite = Path.Combine(_folder.Path, export + "-sqlite.csv");
            var onPostgres = Path.Combine(_folder.Path, export + "-postgres.csv");
            (await Source.RunAsync("export", export, onSqlite)).AssertSuccess();
            (await OnPostgres.RunAsync(["export", export, onPostgres, .. postgres])).AssertSuccess();
            Assert.Equal(await File.ReadAllTextAsync(onSqlite, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(onPostgres, TestContext.Current.CancellationToken));
        }

        Assert.False(File.Exists(Path.Combine(OnPostgres.DataDirectory, "hub.db")));
        await server.DropDatabaseAsync(connection);
    }

    [Fact]
    public async Task After_the_copy_new_rows_get_new_ids_and_no_customer_number_is_issued_again()
    {
        var server = await PostgresServer.Require();
        var connection = await server.CreateDatabaseAsync();
        string[] postgres = ["--storage", "postgres", "--connection", connection];
        var (lastRun, lastDecision, lastNumber) = SourceMaxima();
        // A target migrated beforehand holds only its seeded counters, so it counts as empty; --from sqlite is --data-dir's
        // file and --to postgres takes --connection.
        (await OnPostgres.RunAsync(["migrate", .. postgres])).AssertSuccess();

        (await Source.RunAsync("copy", "--from", "sqlite", "--to", "postgres", "--connection", connection)).AssertSuccess();
        var later = _folder.Write("later.csv", "source_id,full_name,email\nn1,Zed Newcomer,zed@new.example\nn2,Yan Later,yan@new.example\n");
        (await OnPostgres.RunAsync(["import", "customers", later, "--source", "later", .. postgres])).AssertSuccess();
        (await OnPostgres.RunAsync(["resolve", .. postgres])).AssertSuccess();
        var clusters = await FilledHub.ClustersAsync(OnPostgres, _folder.Path, postgres);
        var merge = (await OnPostgres.RunAsync(["merge", clusters["later:n1"], clusters["later:n2"], "--reason", "same household account", .. postgres])).AssertSuccess();

        var runs = JsonDocument.Parse((await OnPostgres.RunAsync(["runs", "--json", "--limit", "1", .. postgres])).AssertSuccess().Stdout).RootElement;
        Assert.Equal(lastRun + 1, runs[0].GetProperty("id").GetInt64());
        Assert.Contains($"Decision #{lastDecision + 1}:", merge.Stdout, StringComparison.Ordinal);
        Assert.All(new[] { "later:n1", "later:n2" }, record => Assert.True(long.Parse(clusters[record]["cus_".Length..], System.Globalization.CultureInfo.InvariantCulture) > lastNumber,
            $"{record} got {clusters[record]}, a number the source had already issued (up to {lastNumber})"));
        await server.DropDatabaseAsync(connection);
    }

    [Fact]
    public async Task A_target_that_holds_hub_data_is_refused_and_left_as_it_was()
    {
        var server = await PostgresServer.Require();
        var connection = await server.CreateDatabaseAsync();
        string[] postgres = ["--storage", "postgres", "--connection", connection];
        (await OnPostgres.RunAsync(["apikey", "create", "--role", "reader", .. postgres])).AssertSuccess();

        var refused = await OnPostgres.RunAsync("copy", "--from", "sqlite:" + source.DatabasePath, "--to", "postgres:" + connection);

        refused.AssertUserError("already holds hub data (api_keys have rows)");
        Assert.Contains("create an empty database", refused.Stderr, StringComparison.Ordinal);
        Assert.Empty(await FilledHub.ClustersAsync(OnPostgres, _folder.Path, postgres));
        Assert.Single(Regex.Matches((await OnPostgres.RunAsync(["apikey", "list", .. postgres])).AssertSuccess().Stdout, @"\breader\b"));
        await server.DropDatabaseAsync(connection);
    }

    [Fact]
    public async Task A_value_that_cannot_arrive_unchanged_stops_the_copy_with_nothing_committed()
    {
        var server = await PostgresServer.Require();
        var connection = await server.CreateDatabaseAsync();
        var broken = Path.Combine(_folder.Path, "broken");
        Directory.CreateDirectory(broken);
        File.Copy(source.DatabasePath, Path.Combine(broken, "hub.db"));
        if (File.Exists(source.DatabasePath + "-wal")) File.Copy(source.DatabasePath + "-wal", Path.Combine(broken, "hub.db-wal"));
        await using (var file = new SqliteConnection($"Data Source={Path.Combine(broken, "hub.db")};Pooling=False"))
        {
            await file.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new SqliteCommand("UPDATE api_keys SET pii = 2;", file);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var failed = await OnPostgres.RunAsync("copy", "--from", "sqlite:" + broken, "--to", "postgres:" + connection);

        failed.AssertUserError("api_keys.pii of the row with id");
        Assert.Contains("holds 2 where a flag (0 or 1) belongs", failed.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was committed", failed.Stderr, StringComparison.Ordinal);
        // The tables copied before api_keys were rolled back too: the same database takes the whole hub afterwards.
        (await OnPostgres.RunAsync("copy", "--from", "sqlite:" + source.DatabasePath, "--to", "postgres:" + connection)).AssertSuccess();
        await server.DropDatabaseAsync(connection);
    }

    [Fact]
    public async Task A_wrong_from_or_to_is_one_clear_line_that_says_what_to_write()
    {
        var from = "sqlite:" + source.DataDirectory;
        const string Unreachable = "postgres:Host=127.0.0.1;Port=1;Username=postgres;Database=hub;Timeout=5";
        var notHub = _folder.Write("notes.txt", "not a database");

        (await OnPostgres.RunAsync("copy", "--from", "postgres:Host=db", "--to", Unreachable)).AssertUserError("--from 'postgres' is not a source hub copy reads");
        (await OnPostgres.RunAsync("copy", "--from", "sqlite:" + Path.Combine(_folder.Path, "nowhere"), "--to", Unreachable)).AssertUserError("there is no hub database at");
        (await OnPostgres.RunAsync("copy", "--from", "sqlite:" + notHub, "--to", Unreachable)).AssertUserError("cannot read '" + notHub + "' as a hub database");
        (await OnPostgres.RunAsync("copy", "--from", from, "--to", "sqlite:other.db")).AssertUserError("--to 'sqlite' is not a target hub copy writes");
        (await OnPostgres.RunAsync("copy", "--from", from, "--to", "postgres")).AssertUserError("--to postgres needs a connection string");
        (await OnPostgres.RunAsync("copy", "--from", from, "--to", "postgres:nonsense")).AssertUserError("the PostgreSQL connection string is not valid");
        (await OnPostgres.RunAsync("copy", "--from", from, "--to", Unreachable)).AssertUserError("cannot reach the PostgreSQL database");
        (await OnPostgres.RunAsync("copy", "--from", from)).AssertUserError("--to");
        Assert.False(File.Exists(Path.Combine(OnPostgres.DataDirectory, "hub.db")));
    }

    public void Dispose() => _folder.Dispose();

    // The highest run id, decision id and customer number the source has issued, read from the file directly.
    private (long Run, long Decision, long Number) SourceMaxima()
    {
        using var file = new SqliteConnection($"Data Source={source.DatabasePath};Mode=ReadOnly;Pooling=False");
        file.Open();
        long Scalar(string sql)
        {
            using var command = new SqliteCommand(sql, file);
            return (long)command.ExecuteScalar()!;
        }

        return (Scalar("SELECT max(id) FROM runs;"), Scalar("SELECT max(id) FROM identity_decisions;"),
            Scalar("SELECT value FROM meta WHERE key = 'max_customer_number';"));
    }

    private static string Fingerprint(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    // "customer_records     537     537  e9e33b2dbeaa55bf  same"
    [GeneratedRegex(@"^(?<table>[a-z_]+) +(?<source>[\d,]+) +(?<target>[\d,]+) +(?<checksum>[0-9a-f]{16}) +(?<result>same|DIFFERENT)$", RegexOptions.Multiline)]
    private static partial Regex ReportLines();
}
