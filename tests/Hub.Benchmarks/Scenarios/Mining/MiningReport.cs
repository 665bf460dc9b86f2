namespace Hub.Benchmarks.Scenarios.Mining;

/// <summary>Everything the document says about one run of issue 7's mining scenario.</summary>
/// <param name="Store">The store mined and how it was built.</param>
/// <param name="AsOf">The as-of day of the run.</param>
/// <param name="Parallelism">How many miners ran at once (Hub:Mining:Parallelism as the hub defaults it here).</param>
/// <param name="Floor">SQLite stepping through the snapshot's statements and reading every column, nothing built.</param>
/// <param name="Snapshot">The snapshot read on its own: every customer with its records and activity, as the miners get it.</param>
/// <param name="Mine">The whole <c>hub mine</c>: the snapshot read once, then every miner, results stored.</param>
/// <param name="Miners">Each miner's run, in catalog order.</param>
/// <param name="Problems">What was not as it should be; empty when all is well.</param>
internal sealed record MiningReport(
    MiningStore Store,
    DateOnly AsOf,
    int Parallelism,
    MiningStep Floor,
    MiningStep Snapshot,
    MiningStep Mine,
    IReadOnlyList<MinerTiming> Miners,
    IReadOnlyList<string> Problems);

/// <summary>One measured step: wall-clock time, processor time, peak working set, and the rows or customers it went through.</summary>
internal sealed record MiningStep(TimeSpan Elapsed, TimeSpan CpuTime, long PeakWorkingSet, long Items);

/// <summary>One miner's run inside the measured <c>hub mine</c>.</summary>
internal sealed record MinerTiming(string Miner, string Outcome, TimeSpan Duration, long Scores, string? Error);
