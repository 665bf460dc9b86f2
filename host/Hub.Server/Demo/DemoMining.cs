using System.Diagnostics;
using System.Globalization;
using Hub.Core.Model;
using Hub.Mining;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Demo;

/// <summary>Runs every miner once after the demo's resolution, and sums it up in one line.</summary>
internal static class DemoMining
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var results = await services.GetRequiredService<MiningService>().RunAsync(new MiningRequest(null, null, "demo"), cancellationToken);
        Console.WriteLine(Summary(results, watch.Elapsed));
    }

    public static string Summary(IReadOnlyList<MiningResult> results, TimeSpan elapsed)
    {
        if (results.Count == 0) return "Mining: no loaded plugin registers a miner ('hub plugins' shows the plugins and their status)";
        var failed = results.Where(r => r.Run.Outcome != RunOutcome.Succeeded).ToList();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Mining: {results.Count} miners ({string.Join(", ", results.Select(r => r.Run.Miner))}) scored up to {results.Max(r => r.Run.Scores):N0} customers in {elapsed.TotalSeconds:0.0} s");
        return failed.Count == 0
            ? line
            : $"{line}; {failed.Count} failed: {string.Join("; ", failed.Select(f => $"{f.Run.Miner}: {f.Run.Error}"))} (hub mine runs)";
    }
}
