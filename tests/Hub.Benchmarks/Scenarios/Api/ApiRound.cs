namespace Hub.Benchmarks.Scenarios.Api;

/// <summary>One round: both endpoints' latency (one client) and throughput (several), measured one after the other.</summary>
internal sealed record ApiRound(LoadResult HubLatency, LoadResult PlainLatency, LoadResult HubThroughput, LoadResult PlainThroughput)
{
    /// <summary>The hub's throughput as a share of the plain endpoint's: issue 5 asks for at least half.</summary>
    public double Ratio => HubThroughput.PerSecond / PlainThroughput.PerSecond;
}
