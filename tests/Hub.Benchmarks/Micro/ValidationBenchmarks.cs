using BenchmarkDotNet.Attributes;
using Hub.Contracts;
using Hub.Core.Storage;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Privacy;

namespace Hub.Benchmarks.Micro;

/// <summary>
/// Record validation: the host's <see cref="BatchPreparer"/> (every field's length and UTF-8, keys, e-mail and birth-date
/// plausibility) over one batch of 5,000 customers. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[Config(typeof(MicroConfig))]
public class ValidationBenchmarks
{
    private readonly BatchPreparer _preparer = new(new RecordValidator());
    private MicroData _data = null!;
    private RecordBatch _batch = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = await MicroData.CreateAsync();
        _batch = await _data.ReadAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _data.DisposeAsync();

    [Benchmark(Description = "validate 5,000 customers")]
    public IngestBatch Prepare() => _preparer.Prepare(_batch, runId: 1, connectorId: null, source: "shop", SuppressionFilter.None);
}
