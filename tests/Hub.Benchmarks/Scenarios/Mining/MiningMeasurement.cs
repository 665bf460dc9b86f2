using Hub.Mining;

namespace Hub.Benchmarks.Scenarios.Mining;

/// <summary>
/// Issue 7's target: one <c>hub mine</c> of every bundled miner over 1,000,000 customers with 5,000,000 orders in under 2
/// minutes. Measured in process as <c>hub mine</c> composes it (read the snapshot once, run each miner, store its
/// results); printed, not yet written to docs/benchmarks.md.
/// </summary>
internal static class MiningMeasurement
{
    public const int Customers = 1_000_000;
    public const int Orders = 5_000_000;
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    public static async Task<IReadOnlyList<string>> RunAsync(string work, CancellationToken cancellationToken)
    {
        var store = await MiningStore.PrepareAsync(Customers, Orders, work, cancellationToken);
        await using var hub = await HubServices.OpenAsync(store.DatabasePath, cancellationToken);
        var (results, elapsed, cpu, peak) = await Measured.RunAsync(() =>
            hub.Get<MiningService>().RunAsync(new MiningRequest(AsOf, null, "benchmark"), cancellationToken));
        Console.WriteLine($"hub mine, every miner, {store.Customers:N0} customers, {store.Orders:N0} orders, as of {AsOf:yyyy-MM-dd}: " +
            $"{elapsed.TotalSeconds:F1} s elapsed, {cpu.TotalSeconds:F1} s processor, peak working set {peak / 1048576.0:N0} MiB");
        foreach (var result in results)
            Console.WriteLine($"  {result.Run.Miner,-12} {result.Run.Outcome,-10} {result.Duration.TotalSeconds,6:F1} s  {result.Run.Error}");
        return elapsed <= TimeSpan.FromMinutes(2) ? [] : [$"hub mine took {elapsed.TotalSeconds:F0} s over {Customers:N0} customers; the target is under 2 minutes"];
    }
}
