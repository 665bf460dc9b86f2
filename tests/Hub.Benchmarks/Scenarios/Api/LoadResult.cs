namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>One endpoint's requests in one run of the load, and their latencies.</summary>
/// <param name="Target">The endpoint's name.</param>
/// <param name="Clients">Concurrent clients.</param>
/// <param name="Requests">Requests answered in the measured part.</param>
/// <param name="Elapsed">How long the measured part took.</param>
/// <param name="Latencies">Each request's time from sending to the last byte of the answer, sorted.</param>
/// <param name="CpuTime">The process's processor time over the measured part (server and clients share the process).</param>
internal sealed record LoadResult(string Target, int Clients, int Requests, TimeSpan Elapsed, double[] Latencies, TimeSpan CpuTime)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>The latency at <paramref name="percent"/> (nearest rank), in milliseconds.</summary>
    public double Percentile(double percent) =>
        Latencies.Length == 0 ? double.NaN : Latencies[Math.Clamp((int)Math.Ceiling(percent / 100 * Latencies.Length) - 1, 0, Latencies.Length - 1)];
}
