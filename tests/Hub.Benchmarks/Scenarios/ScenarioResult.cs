using Hub.Core.Model;

namespace Hub.Benchmarks.Scenarios;

/// <summary>One measured scenario.</summary>
/// <param name="Name">What was measured, as the table shows it.</param>
/// <param name="Records">Records (or rows) it handled.</param>
/// <param name="Elapsed">Wall-clock time of the measured part.</param>
/// <param name="CpuTime">Processor time the process spent on it, all threads.</param>
/// <param name="PeakWorkingSet">Peak working set in bytes while it ran.</param>
/// <param name="Counts">What the store reported, for scenarios that go through the pipeline.</param>
internal sealed record ScenarioResult(string Name, long Records, TimeSpan Elapsed, TimeSpan CpuTime, long PeakWorkingSet, RunCounts? Counts = null)
{

    public double PerSecond => Records / Elapsed.TotalSeconds;
}
