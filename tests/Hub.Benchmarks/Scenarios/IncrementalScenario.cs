using Hub.Core.Storage;
using Hub.Pipeline.Ingest;
using Hub.Pipeline.Resolution;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// A running hub that has resolved every record (as after <c>hub resolve --full</c>) receives new records and resolves
/// them: the hub's services kept alive with the resolution state, as <c>hub serve</c> keeps them, the records imported,
/// then <see cref="ResolutionService.ResolveAsync"/> timed. Then the same hub resolves every record in full with the same
/// model, and the customers of every record before and after are compared: they must not differ.
/// </summary>
internal static class IncrementalScenario
{
    public static async Task<IncrementalResult> RunAsync(string databasePath, IReadOnlyList<Hub.SampleData.SampleFile> later, CancellationToken cancellationToken)
    {
        await using var hub = await HubServices.OpenAsync(databasePath, cancellationToken);
        var resolution = hub.Get<ResolutionService>();
        resolution.KeepState = true;
        // The hub's first resolution after it starts reads everything and keeps the state; not part of the figure.
        await resolution.ResolveAsync(full: true, cancellationToken);
        foreach (var file in later)
            await hub.Get<ImportService>().ImportAsync("customers", file.Path, file.Source, map: null, progress: null, cancellationToken);

        var (summary, elapsed, cpu, peak) = await Measured.RunAsync(() => resolution.ResolveAsync(full: false, cancellationToken));
        var incremental = await ClustersAsync(hub, cancellationToken);
        await resolution.ResolveAsync(full: true, cancellationToken);
        var full = await ClustersAsync(hub, cancellationToken);
        var differences = incremental.Count(pair => !full.TryGetValue(pair.Key, out var number) || number != pair.Value) + full.Keys.Except(incremental.Keys).Count();
        return new IncrementalResult(
            new ScenarioResult("resolve new records", later.Sum(f => f.Rows), elapsed, cpu, peak),
            summary.Incremental, summary.Customers, summary.PairsCompared, summary.Report, full.Count, differences);
    }

    private static async Task<Dictionary<(string, string), long>> ClustersAsync(HubServices hub, CancellationToken cancellationToken)
    {
        var clusters = new Dictionary<(string, string), long>();
        await foreach (var row in hub.Get<ICustomerQueries>().ReadClustersAsync(cancellationToken)) clusters[(row.Source, row.SourceId)] = row.CustomerNumber;
        return clusters;
    }
}

/// <summary>The incremental resolution's measurement and the check against a full rerun.</summary>
/// <param name="Measured">The records that arrived, elapsed and processor time, peak working set.</param>
/// <param name="WasIncremental">Whether the hub resolved only the changes (it falls back to all records when it cannot).</param>
/// <param name="CustomersReached">Customers the new records joined or formed, whose golden records were rebuilt.</param>
/// <param name="PairsCompared">Pairs the incremental resolution compared.</param>
/// <param name="Report">The engine's report lines.</param>
/// <param name="Records">Records the full rerun assigned.</param>
/// <param name="Differences">Records whose customer the full rerun saw differently from the incremental resolution.</param>
internal sealed record IncrementalResult(
    ScenarioResult Measured, bool WasIncremental, int CustomersReached, long PairsCompared, IReadOnlyList<string> Report, int Records, int Differences);
