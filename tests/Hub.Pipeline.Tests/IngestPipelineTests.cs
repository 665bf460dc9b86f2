using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;
using Hub.Pipeline.Runs;
using Hub.Storage.Postgres;
using Hub.Testing;
using Hub.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Pipeline.Tests;

/// <summary>
/// The pipeline over each engine: SQLite stores a run's batches one at a time, PostgreSQL two at a time (the next batch is
/// written while the one before it commits), and a failure, a drain or a cancellation must end the same on both.
/// </summary>
public abstract class IngestPipelineTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    private IIngestStore Store => Services.GetRequiredService<IIngestStore>();

    private ServiceProvider Services => _services ?? throw new InvalidOperationException("not initialised");

    private readonly SyncDrain _drain = new();

    private IngestPipeline Pipeline => PipelineWith(_drain);

    private IngestPipeline PipelineWith(SyncDrain drain, SyncOptions? options = null) => new(Store, new RecordValidator(),
        new SuppressionFilters(Services.GetRequiredService<IErasureStore>(), new SuppressionKeys("US")), TestMeterFactory.SyncMetrics(),
        drain, options ?? new SyncOptions(), NullLogger<IngestPipeline>.Instance);

    public async ValueTask InitializeAsync()
    {
        _services = await StorageAsync(new ServiceCollection());
        await Services.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
    }

    /// <summary>Adds the engine's storage over a new, empty database.</summary>
    private protected abstract Task<ServiceProvider> StorageAsync(IServiceCollection services);

    /// <summary>Drops the database (after the services are disposed).</summary>
    private protected abstract Task DropStorageAsync();

    [Fact]
    public async Task A_sync_that_fails_midway_keeps_what_it_committed_and_the_next_sync_resumes_without_duplicates()
    {
        var customers = Customers(10);
        var failing = new ScriptedConnector(customers, batchSize: 3, failAfterBatches: 2);
        var first = await Pipeline.RunAsync(Request(failing), progress: null, CancellationToken.None);

        Assert.Equal(RunOutcome.Failed, first.Outcome);
        Assert.Contains("closed the connection", first.Error, StringComparison.Ordinal);
        Assert.Equal(6, first.Counts.Inserted);
        Assert.Equal("6", (await Store.GetCheckpointAsync("src", CancellationToken.None)).Value);

        var healthy = new ScriptedConnector(customers, batchSize: 3);
        var second = await Pipeline.RunAsync(Request(healthy), progress: null, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, second.Outcome);
        Assert.Equal(["6"], healthy.CheckpointsReadFrom);
        Assert.Equal(4, second.Counts.Inserted);
        Assert.Equal(0, second.Counts.Unchanged);
        var stored = await Services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(CancellationToken.None);
        Assert.Equal(customers.Select(c => c.RecordId).Order(), stored.Select(r => r.SourceId).Order());
    }

    [Fact]
    public async Task A_drained_sync_stores_the_batch_in_hand_stops_at_its_checkpoint_and_the_next_sync_resumes_there()
    {
        var customers = Customers(10);
        _drain.Request();
        var drained = await Pipeline.RunAsync(Request(new ScriptedConnector(customers, batchSize: 4)), progress: null, CancellationToken.None);

        Assert.Equal(RunOutcome.Cancelled, drained.Outcome);
        Assert.Contains("shutting down", drained.Error, StringComparison.Ordinal);
        Assert.Equal(4, drained.Counts.Inserted);
        Assert.Equal("4", (await Store.GetCheckpointAsync("src", CancellationToken.None)).Value);

        var next = PipelineWith(new SyncDrain());
        var healthy = new ScriptedConnector(customers, batchSize: 4);
        var resumed = await next.RunAsync(Request(healthy), progress: null, CancellationToken.None);
        Assert.Equal((RunOutcome.Succeeded, 6), (resumed.Outcome, resumed.Counts.Inserted));
        Assert.Equal(["4"], healthy.CheckpointsReadFrom);
    }

    [Fact]
    public async Task A_full_sync_reads_from_the_start_and_finds_everything_unchanged()
    {
        var connector = new ScriptedConnector(Customers(5), batchSize: 2);
        await Pipeline.RunAsync(Request(connector), progress: null, CancellationToken.None);
        var full = await Pipeline.RunAsync(Request(connector, full: true), progress: null, CancellationToken.None);

        Assert.Equal([null, null], connector.CheckpointsReadFrom);
        Assert.Equal((5L, 0L, 5L), (full.Counts.Read, full.Counts.Inserted, full.Counts.Unchanged));
    }

    [Fact]
    public async Task Invalid_records_and_connector_rejects_are_quarantined_while_the_rest_arrive()
    {
        SourceRecord[] records =
        [
            new CustomerRecord { SourceId = "ok1" },
            new CustomerRecord { SourceId = "", FullName = "No Id", Position = "people.csv row 3", RawPayload = ",No Id" },
            new CustomerRecord { SourceId = "ok2", Email = "nonsense" },
        ];
        var connector = new RejectingConnector(records, new RejectedRecord("orders", "orders.csv row 9", "o9,c1,x,abc,EUR", "amount 'abc' is not a number"));
        var run = await Pipeline.RunAsync(Request(connector), progress: null, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Equal((4L, 2L, 1L, 2L), (run.Counts.Read, run.Counts.Inserted, run.Counts.Warned, run.Counts.Quarantined));
        var quarantine = await Store.ListQuarantineAsync("src", 10, CancellationToken.None);
        Assert.Contains(quarantine, q => q.Reason == "source_id is missing" && q.Position == "people.csv row 3" && q.RawPayload == ",No Id" && q.RunId == run.Id);
        Assert.Contains(quarantine, q => q.Reason == "amount 'abc' is not a number" && q.Stream == "orders");
    }

    // Bounded: the wait this test is about, if it went missing, would hang the run rather than fail it.
    [Fact(Timeout = 60_000)]
    public async Task A_record_read_again_in_the_next_batch_is_stored_once_with_its_later_content()
    {
        // The first batch's last key is the second batch's only one: on PostgreSQL the second batch is written while the
        // first is, and must wait for the first to commit rather than take the row first (each would wait for the other).
        var first = Customers(2999).Append(new CustomerRecord { SourceId = "zz", FullName = "Before" });
        var records = first.Append(new CustomerRecord { SourceId = "zz", FullName = "After" }).ToList();
        var run = await Pipeline.RunAsync(Request(new ScriptedConnector(records, batchSize: 3000)), progress: null, TestContext.Current.CancellationToken);

        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Equal((3001L, 3000L, 1L), (run.Counts.Read, run.Counts.Inserted, run.Counts.Updated));
        Assert.Equal("3001", (await Store.GetCheckpointAsync("src", TestContext.Current.CancellationToken)).Value);
        var stored = await Services.GetRequiredService<IIdentityStore>().LoadCustomerRecordsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3000, stored.Count);
        Assert.Equal("After", stored.Single(r => r.SourceId == "zz").Record.FullName);
    }

    [Fact]
    public async Task A_cancelled_sync_is_recorded_as_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfterFirstBatch(cancel);
        var run = await Pipeline.RunAsync(Request(new ScriptedConnector(Customers(9), batchSize: 3)), progress, cancel.Token);

        Assert.Equal(RunOutcome.Cancelled, run.Outcome);
        Assert.Equal("3", (await Store.GetCheckpointAsync("src", CancellationToken.None)).Value);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_connector_call_that_hangs_past_its_timeout_is_cancelled_and_the_run_fails_saying_so_with_what_it_read_before_kept(bool honoursCancellation)
    {
        var hanging = new HangingConnector(Customers(3), honoursCancellation);
        var pipeline = PipelineWith(_drain, new SyncOptions { CallTimeout = TimeSpan.FromMilliseconds(500) });

        var run = await pipeline.RunAsync(Request(hanging), progress: null, TestContext.Current.CancellationToken);

        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.StartsWith("the connector did not return its next batch within 00:00:00.5000000, its call timeout, and was cancelled", run.Error, StringComparison.Ordinal);
        Assert.Contains("Hub:Sync:Connectors:src:CallTimeout", run.Error, StringComparison.Ordinal);
        Assert.True(hanging.TokenCancelled, "the connector's token was not cancelled");
        Assert.Equal(3, run.Counts.Inserted);
        Assert.Equal("3", (await Store.GetCheckpointAsync("src", CancellationToken.None)).Value);
    }

    private static IngestRequest Request(IConnector connector, bool full = false) =>
        new(connector, new ConnectorContext("src", "src", new Connectors.DictionarySettings(new Dictionary<string, string>()), NullLogger.Instance), "src", "test", full);

    private static List<SourceRecord> Customers(int count) =>
        Enumerable.Range(1, count).Select(i => (SourceRecord)new CustomerRecord { SourceId = $"c{i}", FullName = $"Customer {i}" }).ToList();

    public async ValueTask DisposeAsync()
    {
        // Null when InitializeAsync skipped the test (no PostgreSQL on this machine).
        if (_services is not null) await _services.DisposeAsync();
        await DropStorageAsync();
        GC.SuppressFinalize(this);
    }

    private sealed class CancelAfterFirstBatch(CancellationTokenSource cancel) : IProgress<RunCounts>
    {
        public void Report(RunCounts value) => cancel.Cancel();
    }

    // Yields one batch, then hangs on the next: until cancelled, or for ever if it ignores its token.
    private sealed class HangingConnector(IReadOnlyList<SourceRecord> records, bool honoursCancellation) : IConnector
    {
        public bool TokenCancelled { get; private set; }

        public IReadOnlyList<SettingDefinition> Settings => [];

        public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

        public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            cancellationToken.Register(() => TokenCancelled = true);
            yield return new RecordBatch(records, new Checkpoint(records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await Task.Delay(Timeout.Infinite, honoursCancellation ? cancellationToken : CancellationToken.None);
        }
    }

    private sealed class RejectingConnector(IReadOnlyList<SourceRecord> records, RejectedRecord rejected) : IConnector
    {
        public IReadOnlyList<SettingDefinition> Settings => [];

        public Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

        public async IAsyncEnumerable<RecordBatch> ReadAsync(ConnectorContext context, Checkpoint checkpoint, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new RecordBatch(records, new Checkpoint("end")) { Rejected = [rejected] };
        }
    }
}

public sealed class SqliteIngestPipelineTests : IngestPipelineTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hub-pipeline-" + Guid.NewGuid().ToString("N")[..12]);

    private protected override Task<ServiceProvider> StorageAsync(IServiceCollection services) =>
        Task.FromResult(services.AddHubSqliteStorage(Path.Combine(_folder, "hub.db")).BuildServiceProvider());

    private protected override Task DropStorageAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class PostgresIngestPipelineTests : IngestPipelineTests
{
    private PostgresServer? _server;
    private string? _database;

    private protected override async Task<ServiceProvider> StorageAsync(IServiceCollection services)
    {
        _server = await PostgresServer.Require();
        _database = await _server.CreateDatabaseAsync();
        return services.AddHubPostgresStorage(_database).BuildServiceProvider();
    }

    private protected override async Task DropStorageAsync()
    {
        if (_server is not null && _database is not null) await _server.DropDatabaseAsync(_database);
    }
}
