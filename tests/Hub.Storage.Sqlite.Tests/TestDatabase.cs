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

    public async Task<long> StartRunAsync(string? connectorId = "shop", string source = "shop") =>
        await Ingest.StartRunAsync(connectorId, source, "cli", Ct);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private ServiceProvider Build() =>
        new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddHubSqliteStorage(Path)
            .BuildServiceProvider();
}
