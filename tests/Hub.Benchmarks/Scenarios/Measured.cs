using System.Diagnostics;

namespace Hub.Benchmarks.Scenarios;

/// <summary>Runs a scenario's body with a stopwatch, a processor-time reading and a fresh peak-memory mark around it.</summary>
internal static class Measured
{
    /// <summary>
    /// The body's value, wall-clock time, processor time (all threads, user and system) and peak working set. Processor time
    /// beside elapsed time shows how much of the machine the scenario got: elapsed well above it on a shared 2-core machine
    /// means the scenario spent time waiting for a core.
    /// </summary>
    public static async Task<(T Value, TimeSpan Elapsed, TimeSpan CpuTime, long PeakWorkingSet)> RunAsync<T>(Func<Task<T>> body)
    {
        PeakMemory.Reset();
        var cpu = CpuTime();
        var stopwatch = Stopwatch.StartNew();
        var value = await body();
        stopwatch.Stop();
        return (value, stopwatch.Elapsed, CpuTime() - cpu, PeakMemory.Read());
    }

    internal static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
