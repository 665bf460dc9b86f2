using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Hub.Benchmarks.Micro;

/// <summary>
/// Fewer iterations than BenchmarkDotNet's default: every benchmark here handles a batch of 5,000 records, so one operation
/// lasts milliseconds and ten of them already give a tight interval. Allocations are reported, since garbage is most of
/// what a per-row cost turns into.
/// </summary>
public sealed class MicroConfig : ManualConfig
{
    public MicroConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
