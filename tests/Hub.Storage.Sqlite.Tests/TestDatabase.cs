using System.Globalization;
using DbUp;
using DbUp.Sqlite.Helpers;
using Hub.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Storage.Sqlite.Tests;

/// <summary>A migrated hub database in its own temporary folder, with the stores resolved from DI as the host does; deleted on dispose.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private ServiceProvider _services;

    private TestDatabase(string folder, string path, ManualClock clock)
    {
        _folder = folder;
        Path = path;
        Clock = clock;
        _services = Build();
    }

    public string Path { get; }

    public ManualClock Clock { get; }

    public IHubDatabase Database => _services.GetRequiredService<IHubDatabase>();
    public IIngestStore Ingest => _services.GetRequiredService<IIngestStore>();
    public IConnectorStore Connectors => _services.GetRequiredService<IConnectorStore>();
    public IApiKeyStore ApiKeys => _services.GetRequiredService<IApiKeyStore>();
    public IIdentityStore Identity => _services.GetRequiredService<IIdentityStore>();
    public ICustomerQueries Queries => _services.GetRequiredService<ICustomerQueries>();
    public ICheckpointStore Checkpoints => _services.GetRequiredService<ICheckpointStore>();
    public IRunQueries Runs => _services.GetRequiredService<IRunQueries>();
    public IConnectorScheduleStore Schedules => _services.GetRequiredService<IConnectorScheduleStore>();
    public Hub.Core.Mining.IMiningStore Mining => _services.GetRequiredService<Hub.Core.Mining.IMiningStore>();
    public Hub.Core.Mining.IMiningQueries MiningQueries => _services.GetRequiredService<Hub.Core.Mining.IMiningQueries>();
    public Hub.Core.Mining.IMiningActivitySource MiningActivity => _services.GetRequiredService<Hub.Core.Mining.IMiningActivitySource>();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates (and unless told otherwise migrates) a database at <c>&lt;temp&gt;/&lt;random&gt;/data/hub.db</c>; the data folder does not exist beforehand.</summary>
    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-sqlite-tests-" + Guid.NewGuid().ToString("N"));
        var database = new TestDatabase(folder, System.IO.Path.Combine(folder, "data", "hub.db"), new ManualClock());
        if (migrate) await database.Database.MigrateAsync(Ct);
        return database;
    }

    /// <summary>A second, independent set of stores on the same file, as another process (the CLI next to a server) would have.</summary>
    public ServiceProvider OpenAnother() => Build();

    /// <summary>Closes every connection to the file and opens it again through a new container, as a restarted process would.</summary>
    public async Task ReopenAsync()
    {
        await _services.DisposeAsync();
        _services = Build();
        await Database.MigrateAsync(Ct);
    }

    /// <summary>Runs a query against the file directly, to check what is really stored.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await _services.GetRequiredService<SqliteConnectionFactory>().OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(Ct);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The detail lines of <c>EXPLAIN QUERY PLAN</c> for a query, to check that it uses the index written for it.</summary>
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
    /// On a database created with <c>migrate: false</c>, applies the shipped scripts numbered up to <paramref name="lastScript"/>,
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
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    // "Hub.Storage.Sqlite.Migrations.0005_golden_lineage.sql" is script 5.
    private static int? ScriptNumber(string resourceName)
    {
        const string Folder = ".Migrations.";
        var at = resourceName.IndexOf(Folder, StringComparison.Ordinal);
        return at >= 0 && int.TryParse(resourceName.AsSpan(at + Folder.Length, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private ServiceProvider Build() =>
        new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddHubSqliteStorage(Path)
            .BuildServiceProvider();
}
