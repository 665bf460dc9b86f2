using BenchmarkDotNet.Attributes;

namespace Hub.Benchmarks.Micro;

/// <summary>
/// CSV row conversion: the files connector (loaded from disk, as the hub loads it) reading a 5,000-row customer file into
/// canonical records: opening, CsvHelper's parse, the row converter, the batch and its checkpoint.
/// Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[Config(typeof(MicroConfig))]
public class CsvReadBenchmarks
{
    private MicroData _data = null!;

    [GlobalSetup]
    public async Task SetupAsync() => _data = await MicroData.CreateAsync();

    [GlobalCleanup]
    public async Task CleanupAsync() => await _data.DisposeAsync();

    [Benchmark(Description = "read 5,000 customer rows")]
    public async Task<int> ReadBatchAsync() => (await _data.ReadAsync()).Records.Count;
}
