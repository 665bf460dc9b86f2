using BenchmarkDotNet.Attributes;
using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;

namespace Hub.Benchmarks.Micro;

/// <summary>
/// A batch upsert of 5,000 validated customers through <see cref="IIngestStore.CommitBatchAsync"/>: one transaction with
/// the upserts and the run's counts, as the pipeline commits each batch. New records go under a new source each time, so
/// they are inserted (the table grows as it would during an import); unchanged ones are the same batch stored again.
/// Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[Config(typeof(MicroConfig))]
public class UpsertBenchmarks
{
    private MicroData _data = null!;
    private IIngestStore _store = null!;
    private IngestBatch _batch = null!;
    private int _sources;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = await MicroData.CreateAsync();
        _store = _data.Hub.Get<IIngestStore>();
        var runId = await _store.StartRunAsync(connectorId: null, "shop", "benchmark", CancellationToken.None);
        _batch = new BatchPreparer(new RecordValidator()).Prepare(await _data.ReadAsync(), runId, connectorId: null, "shop", SuppressionFilter.None);
        await _store.CommitBatchAsync(_batch, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _data.DisposeAsync();

    [Benchmark(Description = "upsert 5,000 new customers")]
    public Task<RunCounts> InsertAsync() => _store.CommitBatchAsync(_batch with { Source = $"new-{_sources++}" }, CancellationToken.None);

    [Benchmark(Description = "upsert 5,000 unchanged customers")]
    public Task<RunCounts> UnchangedAsync() => _store.CommitBatchAsync(_batch, CancellationToken.None);
}
