using System.Data.Common;
using System.Globalization;
using DbUp;
using DbUp.Sqlite.Helpers;
using Hub.Core.Storage;
using Hub.Storage.Postgres;
using Hub.Storage.Sqlite;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Storage.Tests;

// One suite, both engines. A test class whose stores both engines have is abstract over the engine, with one sealed
// one-line subclass per engine at the end of its file:
//
//     public abstract class ConnectorStoreTests(StorageEngine engine) : StorageTests(engine)
//     {
//         [Fact] public async Task ...() { await using var db = await CreateDatabaseAsync(); ... }
//     }
//     public sealed class SqliteConnectorStoreTests() : ConnectorStoreTests(StorageEngine.Sqlite);
//     public sealed class PostgresConnectorStoreTests() : ConnectorStoreTests(StorageEngine.Postgres);
//
// Tests of one engine's specifics (SQLite's WAL, query plans, file backups, upgrades from older SQLite scripts) go in the
// body of that engine's subclass, or stay in classes that call TestDatabase.CreateAsync() (SQLite). ScalarAsync runs raw SQL on either engine;
// keep that SQL portable in shared tests (RETURNING, ON CONFLICT, count(*) are; PRAGMA and json_each are not).

/// <summary>A migrated hub database of either engine, with the stores resolved from DI as the host does; deleted on dispose.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _postgres;
    private readonly PostgresServer? _server;
    private ServiceProvider _services;

    private TestDatabase(StorageEngine engine, string? folder, PostgresServer? server, string? postgres, ManualClock clock)
    {
        Engine = engine;
        _folder = folder;
        _server = server;
        _postgres = postgres;
        Clock = clock;
        _services = Build();
    }

    public StorageEngine Engine { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string Path => _folder is null
        ? throw new InvalidOperationException("a PostgreSQL test database has no file; move the test to the SQLite subclass")
        : System.IO.Path.Combine(_folder, "data", "hub.db");

    /// <summary>The PostgreSQL connection string (PostgreSQL only).</summary>
    public string ConnectionString => _postgres ?? throw new InvalidOperationException("a SQLite test database has no connection string");

    public ManualClock Clock { get; }

    public IHubDatabase Database => Port<IHubDatabase>();
    public IIngestStore Ingest => Port<IIngestStore>();
    public IConnectorStore Connectors => Port<IConnectorStore>();
    public IApiKeyStore ApiKeys => Port<IApiKeyStore>();
    public IIdentityStore Identity => Port<IIdentityStore>();
    public IDecisionStore Decisions => Port<IDecisionStore>();
    public IErasureStore Erasures => Port<IErasureStore>();
    public ICustomerQueries Queries => Port<ICustomerQueries>();
    public ICheckpointStore Checkpoints => Port<ICheckpointStore>();
    public IRunQueries Runs => Port<IRunQueries>();
    public IConnectorScheduleStore Schedules => Port<IConnectorScheduleStore>();
    public Hub.Core.Mining.IMiningStore Mining => Port<Hub.Core.Mining.IMiningStore>();
    public Hub.Core.Mining.IMiningQueries MiningQueries => Port<Hub.Core.Mining.IMiningQueries>();
    public Hub.Core.Mining.IMiningActivitySource MiningActivity => Port<Hub.Core.Mining.IMiningActivitySource>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Lazy<Task<string>> MigratedTemplate = new(async () =>
    {
        var server = await PostgresServer.Require();
        var template = await server.CreateDatabaseAsync();
        await using (var services = new ServiceCollection().AddHubPostgresStorage(template).BuildServiceProvider())
        {
            await services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        }

        // Copying a database needs it without sessions; disposing the data source closes its pooled connections.
        return template;
    });

    /// <summary>A SQLite database at <c>&lt;temp&gt;/&lt;random&gt;/data/hub.db</c>; the data folder does not exist beforehand.</summary>
    public static Task<TestDatabase> CreateAsync(bool migrate = true) => CreateAsync(StorageEngine.Sqlite, migrate);

    /// <summary>
    /// Creates (and unless told otherwise migrates) a database of <paramref name="engine"/>: a SQLite file in a folder of its
    /// own, or a fresh database on the test process's PostgreSQL server (the test is skipped where PostgreSQL is not installed).
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(StorageEngine engine, bool migrate = true)
    {
        TestDatabase database;
        if (engine == StorageEngine.Postgres)
        {
            var server = await PostgresServer.Require();
            // A copy of a database migrated once per process: cheaper than running the scripts for every test.
            var template = migrate ? await MigratedTemplate.Value : null;
            database = new TestDatabase(engine, null, server, await server.CreateDatabaseAsync(template), new ManualClock());
        }
        else
        {
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-sqlite-tests-" + Guid.NewGuid().ToString("N"));
            database = new TestDatabase(engine, folder, null, null, new ManualClock());
        }

        if (migrate) await database.Database.MigrateAsync(Ct);
        return database;
    }

    /// <summary>
    /// A second, independent set of stores on the same database, as another process (the CLI next to a server, another
    /// node) would have; <paramref name="lease"/> sets how that process keeps its runs alive.
    /// </summary>
    public ServiceProvider OpenAnother(RunLeaseOptions? lease = null) => Build(lease);

    /// <summary>Closes every connection to the database and opens it again through a new container, as a restarted process would.</summary>
    public async Task ReopenAsync()
    {
        await _services.DisposeAsync();
        _services = Build();
        await Database.MigrateAsync(Ct);
    }

    /// <summary>Runs SQL against the database directly, to check what is really stored; returns the first column of the first row.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(Ct);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>The detail lines of SQLite's <c>EXPLAIN QUERY PLAN</c> for a query, to check that it uses the index written for it.</summary>
    public async Task<IReadOnlyList<string>> QueryPlanAsync(string sql)
    {
        await using var connection = await _services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var details = new List<string>();
        while (await reader.ReadAsync(Ct)) details.Add(reader.GetString(3));
        return details;
    }

    /// <summary>
    /// On a SQLite database created with <c>migrate: false</c>, applies the shipped scripts numbered up to <paramref name="lastScript"/>,
    /// leaving the file as an older hub would have; <see cref="ReopenAsync"/> then upgrades it the rest of the way.
    /// </summary>
    public async Task MigrateThroughAsync(int lastScript)
    {
        await using var connection = await _services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(Ct);
        var result = DeployChanges.To
            .SqliteDatabase(new SharedConnection(connection))
            .WithScriptsEmbeddedInAssembly(typeof(SqliteConnectionFactory).Assembly, name => ScriptNumber(name) is { } number && number <= lastScript)
            .JournalToSqliteTable("hub_migrations")
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful) throw new InvalidOperationException("Could not apply the older scripts.", result.Error);
    }

    public async Task<long> StartRunAsync(string? connectorId = "shop", string source = "shop") =>
        await Ingest.StartRunAsync(connectorId, source, "cli", Ct);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_folder is not null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        if (_server is not null && _postgres is not null) await _server.DropDatabaseAsync(_postgres);
    }

    /// <summary>A connection of the hub's own factory, for a test that plays another writer; the caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync() => Engine == StorageEngine.Postgres
        ? await _services.GetRequiredService<PostgresConnectionFactory>().OpenAsync(Ct)
        : await _services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(Ct);

    private T Port<T>() where T : notnull => _services.GetRequiredService<T>();

    // "Hub.Storage.Sqlite.Migrations.0005_golden_lineage.sql" is script 5.
    private static int? ScriptNumber(string resourceName)
    {
        const string Folder = ".Migrations.";
        var at = resourceName.IndexOf(Folder, StringComparison.Ordinal);
        return at >= 0 && int.TryParse(resourceName.AsSpan(at + Folder.Length, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private ServiceProvider Build(RunLeaseOptions? lease = null)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Clock);
        if (lease is not null) services.AddSingleton(lease);
        return (_postgres is not null ? services.AddHubPostgresStorage(_postgres) : services.AddHubSqliteStorage(Path)).BuildServiceProvider();
    }
}
