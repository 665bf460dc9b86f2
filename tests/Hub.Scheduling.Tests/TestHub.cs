using Hub.Core.Storage;
using Hub.Storage.Sqlite;
using Hub.Core.Sync;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Hub.Scheduling.Tests;

/// <summary>
/// A data dir whose hub.db already holds a table of the hub's own, in WAL mode as the hub sets it, and the generic hosts
/// started on it.
/// </summary>
public sealed class TestHub : IAsyncDisposable
{
    public const string HubTable = "hub_owned";

    private readonly string directory;
    private readonly List<IHost> hosts = [];

    private TestHub(string directory)
    {
        this.directory = directory;
        DatabasePath = Path.Combine(directory, "hub.db");
    }

    public string DatabasePath { get; }

    public ListLoggerProvider Logs { get; } = new();

    public static TestHub Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "hub-scheduling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var hub = new TestHub(directory);
        hub.Execute($"PRAGMA journal_mode=WAL; CREATE TABLE {HubTable} (id INTEGER PRIMARY KEY, note TEXT NOT NULL); INSERT INTO {HubTable} (note) VALUES ('kept');");
        return hub;
    }

    /// <summary>Builds and starts a host the way the hub composes scheduling, with a short reconcile interval.</summary>
    public async Task<IHost> StartAsync(IConnectorStore store, ISyncRunner runner, Action<SchedulingOptions>? configure = null)
    {
        var builder = CreateBuilder();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(runner);
        builder.Services.AddHubScheduling(DatabasePath, options =>
        {
            options.ReconcileInterval = TimeSpan.FromMilliseconds(200);
            configure?.Invoke(options);
        });

        var host = builder.Build();
        hosts.Add(host);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>
    /// Builds and starts a host with the hub's real SQLite store on the same file (migrated first) and sync control,
    /// with short reconcile and checkpoint-wait intervals.
    /// </summary>
    public async Task<IHost> StartWithStoreAsync(ISyncRunner runner, Action<SchedulingOptions>? configure = null)
    {
        var builder = CreateBuilder();
        builder.Services.AddHubSqliteStorage(DatabasePath);
        builder.Services.AddSingleton(runner);
        builder.Services.AddHubScheduling(DatabasePath, options =>
        {
            options.ReconcileInterval = TimeSpan.FromMilliseconds(200);
            options.CheckpointWaitPollInterval = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });
        builder.Services.AddHubSyncControl();

        var host = builder.Build();
        hosts.Add(host);
        await host.Services.GetRequiredService<IHubDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    /// <summary>
    /// Builds and starts one node of a clustered scheduler over the PostgreSQL database at <paramref name="connectionString"/>,
    /// as a hub on PostgreSQL composes it, with a short reconcile interval and fast check-ins.
    /// </summary>
    public async Task<IHost> StartClusterNodeAsync(string connectionString, IConnectorStore store, ISyncRunner runner)
    {
        var builder = CreateBuilder();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(runner);
        builder.Services.AddHubScheduling(SchedulerStore.Postgres(connectionString), options =>
        {
            options.ReconcileInterval = TimeSpan.FromMilliseconds(200);
            options.ClusterCheckinInterval = TimeSpan.FromSeconds(1);
            options.ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(1);
        });

        var host = builder.Build();
        hosts.Add(host);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    private HostApplicationBuilder CreateBuilder()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // Development turns on scope and build-time validation of the container.
            EnvironmentName = Environments.Development,
            ContentRootPath = directory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        return builder;
    }

    public async Task StopAsync(IHost host)
    {
        hosts.Remove(host);
        await host.StopAsync(TestContext.Current.CancellationToken);
        host.Dispose();
    }

    public static Task<IScheduler> SchedulerOf(IHost host) =>
        host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken).AsTask();

    public static Task<IReadOnlyList<ScheduledSync>> SchedulesOf(IHost host) =>
        host.Services.GetRequiredService<ScheduleQueries>().ListAsync(TestContext.Current.CancellationToken);

    /// <summary>Runs SQL on the file directly, as another part of the hub (or an operator with sqlite3) would.</summary>
    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public T? Scalar<T>(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file; the OS temp dir is cleaned eventually.
        }
    }
}
