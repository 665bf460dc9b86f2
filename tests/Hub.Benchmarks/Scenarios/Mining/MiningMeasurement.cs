using Hub.Core.Mining;
using Hub.Mining;
using Hub.Storage.Sqlite;

namespace Hub.Benchmarks.Scenarios.Mining;

/// <summary>
/// Issue 7's target: one <c>hub mine</c> of every bundled miner over 1,000,000 customers with 5,000,000 orders in under 2
/// minutes. Measured in process as <c>hub mine</c> composes it (read the snapshot once, run the miners, store their
/// results), after two reference steps on the same store: the floor (SQLite reading the snapshot's rows, nothing built)
/// and the snapshot read alone.
/// </summary>
internal static class MiningMeasurement
{
    public const int Customers = 1_000_000;
    public const int Orders = 5_000_000;
    public static readonly TimeSpan Target = TimeSpan.FromMinutes(2);
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    public static async Task<MiningReport> RunAsync(string work, CancellationToken cancellationToken)
    {
        var store = await MiningStore.PrepareAsync(Customers, Orders, work, cancellationToken);
        await using var hub = await HubServices.OpenAsync(store.DatabasePath, cancellationToken);

        var floor = await Step(() => SnapshotFloor.ReadAsync(hub.Get<SqliteConnectionFactory>(), AsOf, cancellationToken));
        Console.WriteLine($"floor, SQLite reads the snapshot's rows: {floor.Elapsed.TotalSeconds:F1} s, {floor.Items:N0} rows");
        var snapshot = await Step(async () =>
        {
            long customers = 0;
            await foreach (var _ in hub.Get<IMiningActivitySource>().ReadAsync(AsOf, cancellationToken)) customers++;
            return customers;
        });
        Console.WriteLine($"snapshot read alone: {snapshot.Elapsed.TotalSeconds:F1} s, {snapshot.Items:N0} customers");

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var (g0, g1, g2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (results, elapsed, cpu, peak) = await Measured.RunAsync(() =>
            hub.Get<MiningService>().RunAsync(new MiningRequest(AsOf, null, "benchmark"), cancellationToken));
        var mine = new MiningStep(elapsed, cpu, peak, store.Customers);
        // How much of the run the collector stopped it for: the snapshot keeps every customer's records alive for the whole run.
        Console.WriteLine($"collections during hub mine: gen0 {GC.CollectionCount(0) - g0}, gen1 {GC.CollectionCount(1) - g1}, gen2 {GC.CollectionCount(2) - g2}, pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F1} s");
        var miners = results.Select(r => new MinerTiming(r.Run.Miner, r.Run.Outcome.ToString(), r.Duration, r.Run.Scores, r.Run.Error)).ToList();
        Console.WriteLine($"hub mine, every miner, {store.Customers:N0} customers, {store.Orders:N0} orders, as of {AsOf:yyyy-MM-dd}: " +
            $"{elapsed.TotalSeconds:F1} s elapsed, {cpu.TotalSeconds:F1} s processor, peak working set {peak / 1048576.0:N0} MiB");
        foreach (var miner in miners)
            Console.WriteLine($"  {miner.Miner,-12} {miner.Outcome,-10} {miner.Duration.TotalSeconds,6:F1} s  {miner.Scores,10:N0} scored  {miner.Error}");

        var problems = miners.Where(m => m.Outcome != "Succeeded").Select(m => $"miner {m.Miner} did not succeed: {m.Outcome} {m.Error}").ToList();
        if (elapsed > Target) problems.Add($"hub mine took {elapsed.TotalSeconds:F0} s over {Customers:N0} customers; the target is under 2 minutes");
        return new MiningReport(store, AsOf, hub.Get<MiningOptions>().Parallelism, floor, snapshot, mine, miners, problems);
    }

    private static async Task<MiningStep> Step(Func<Task<long>> body)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var (items, elapsed, cpu, peak) = await Measured.RunAsync(body);
        return new MiningStep(elapsed, cpu, peak, items);
    }
}
