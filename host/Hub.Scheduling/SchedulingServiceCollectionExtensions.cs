using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Hub.Core.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Hub.Scheduling;

/// <summary>Registers the hub's scheduler.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The Quartz scheduler's name. Every QRTZ_ row is keyed by it, so changing it orphans stored schedules.</summary>
    public const string SchedulerName = "hub";

    /// <summary>Adds Quartz with its job store in the hub's SQLite file; see <see cref="AddHubScheduling(IServiceCollection, SchedulerStore, Action{SchedulingOptions}?)"/>.</summary>
    public static IServiceCollection AddHubScheduling(this IServiceCollection services, string databasePath, Action<SchedulingOptions>? configure = null) =>
        services.AddHubScheduling(SchedulerStore.Sqlite(databasePath), configure);

    /// <summary>
    /// Adds Quartz with its job store where <paramref name="store"/> says (the hub's SQLite file, or its PostgreSQL
    /// database clustered), the sync job, the reconciler that keeps one cron trigger per scheduled connector, and
    /// <see cref="ScheduleQueries"/>. The QRTZ_ tables are created on first start beside the hub's own tables, which are
    /// left alone.
    /// </summary>
    /// <param name="services">The host's services; they must provide <c>IConnectorStore</c> and <c>ISyncRunner</c>.</param>
    /// <param name="store">Where the schedules are kept.</param>
    /// <param name="configure">Changes to the defaults (reconcile every 10 s, 60 s misfire threshold, UTC).</param>
    /// <exception cref="ArgumentException">An option is out of range or names an unknown time zone.</exception>
    public static IServiceCollection AddHubScheduling(this IServiceCollection services, SchedulerStore store, Action<SchedulingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);

        // Settled now rather than at resolution time: the job store's misfire threshold is fixed when Quartz is
        // registered, and a bad setting should stop the hub before it starts, not on the first reconcile.
        var options = new SchedulingOptions();
        configure?.Invoke(options);
        options.Clustered = store.Clustered;
        Validate(options);
        services.Configure<SchedulingOptions>(o =>
        {
            o.ReconcileInterval = options.ReconcileInterval;
            o.MisfireThreshold = options.MisfireThreshold;
            o.TimeZoneId = options.TimeZoneId;
            o.CheckpointWaitTimeout = options.CheckpointWaitTimeout;
            o.CheckpointWaitPollInterval = options.CheckpointWaitPollInterval;
            o.ShutdownGrace = options.ShutdownGrace;
            o.ClusterCheckinInterval = options.ClusterCheckinInterval;
            o.ClusterCheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
            o.Clustered = options.Clustered;
        });

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                // Shutdown still waits for a running sync, but asks it to stop first, so stopping the hub ends a long
                // sync as Cancelled (data up to its last checkpoint kept) instead of hanging until it finishes.
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UsePersistentStore(persistent =>
            {
                if (store.PostgresConnectionString is { } postgres) UsePostgres(persistent, postgres, options);
                else UseSqlite(persistent, store.DatabasePath!);
                persistent.UseSystemTextJsonSerializer();
                persistent.ProvisionSchema();
                persistent.ConfigureStore(ado => ado.MisfireThreshold = options.MisfireThreshold);
            });
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);

        // Registered after Quartz's hosted service so the scheduler has started, and provisioned its tables, before
        // the first reconcile round writes to them.
        services.AddSingleton<ConnectorScheduleReconciler>();
        services.AddHostedService(sp => sp.GetRequiredService<ConnectorScheduleReconciler>());
        services.AddSingleton<ScheduleQueries>();
        // After Quartz's hosted service too, so that stopping the host drains running syncs before Quartz cancels them.
        services.TryAddSingleton<SyncDrain>();
        services.AddHostedService<SchedulerDrain>();
        // Registered so container validation reports a missing ISyncRunner at start instead of at the first firing.
        services.TryAddTransient<SyncJob>();
        return services;
    }

    /// <summary>
    /// Schedules every miner on <paramref name="schedule"/> (<c>Hub:Mining:Schedule</c>: standard or Quartz cron) in a
    /// serving hub, or removes the schedule when it is null; needs <see cref="AddHubScheduling"/> and an <c>IMiningRunner</c>.
    /// </summary>
    /// <exception cref="ArgumentException">when the schedule is not one, saying what is wrong.</exception>
    public static IServiceCollection AddHubMiningSchedule(this IServiceCollection services, string? schedule)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(MiningScheduleSetting.Parse(schedule));
        services.AddHostedService<MiningSchedule>();
        services.TryAddTransient<MiningJob>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="ISyncControl"/> over the scheduler <see cref="AddHubScheduling"/> registered. Separate because it
    /// needs more of the store (<c>IConnectorScheduleStore</c>, <c>ICheckpointStore</c>, <c>IRunQueries</c>) than
    /// scheduling itself does.
    /// </summary>
    public static IServiceCollection AddHubSyncControl(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<SyncControl>();
        services.TryAddSingleton<ISyncControl>(provider => provider.GetRequiredService<SyncControl>());
        return services;
    }

    private static void UseSqlite(IPersistentStoreBuilder store, string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // The hub's own writers share this file. Microsoft.Data.Sqlite retries a busy database for this long
            // before failing a statement, which is what keeps an ingest transaction from surfacing as a Quartz error.
            DefaultTimeout = 30,
        }.ToString();

        // The factory overload binds the driver at compile time instead of loading it by type name. For SQLite the store
        // installs its own single-gate SqliteLockHandler and serializable transactions, and refuses clustering.
        store.UseSqlite(SqliteFactory.Instance, connectionString);
    }

    // Every node of a PostgreSQL hub is a member of one cluster: Quartz's row locks in the database decide which node
    // fires each trigger, and each node's check-ins let the others recover the syncs of a node that died.
    private static void UsePostgres(IPersistentStoreBuilder store, string connectionString, SchedulingOptions options)
    {
        store.UsePostgres(NpgsqlFactory.Instance, connectionString);
        store.UseClustering(cluster =>
        {
            cluster.CheckinInterval = options.ClusterCheckinInterval;
            cluster.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
        });
    }

    private static void Validate(SchedulingOptions options)
    {
        if (options.ClusterCheckinInterval <= TimeSpan.Zero || options.ClusterCheckinMisfireThreshold <= TimeSpan.Zero)
        {
            throw new ArgumentException("The cluster check-in interval and misfire threshold must be positive, e.g. 00:00:07.5.", nameof(options));
        }

        if (options.ShutdownGrace < TimeSpan.Zero)
        {
            throw new ArgumentException($"The shutdown grace must not be negative, e.g. 00:00:30; it is {options.ShutdownGrace}.", nameof(options));
        }

        if (options.CheckpointWaitTimeout < TimeSpan.Zero || options.CheckpointWaitPollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("The checkpoint wait timeout must not be negative and its poll interval must be positive.", nameof(options));
        }

        if (options.ReconcileInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The reconcile interval must be positive, e.g. 00:00:10; it is {options.ReconcileInterval}.", nameof(options));
        }

        if (options.MisfireThreshold < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentException($"The misfire threshold must be at least 1 ms, e.g. 00:01:00; it is {options.MisfireThreshold}.", nameof(options));
        }

        _ = SchedulingTimeZone.Find(options.TimeZoneId);
    }
}
