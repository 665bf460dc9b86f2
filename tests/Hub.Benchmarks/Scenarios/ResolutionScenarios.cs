using Hub.Core.Storage;
using Hub.Identity;
using Hub.Pipeline.Resolution;

namespace Hub.Benchmarks.Scenarios;

/// <summary>
/// Issue 4's scenarios over one store holding the ingested sample, none of whose records has been resolved yet: what
/// the first <c>hub resolve --full</c> after an import meets. The engine alone runs first, since it saves nothing and so
/// leaves the store as it found it; then the whole command resolves and saves; then what it saved is scored.
/// </summary>
internal static class ResolutionScenarios
{
    public static async Task<ResolutionRound> RunAsync(
        string databasePath, string truthPath, IReadOnlyList<Hub.SampleData.SampleFile> later, CancellationToken cancellationToken)
    {
        var (load, engine) = await EngineAloneAsync(databasePath, cancellationToken);
        var full = await FullAsync(databasePath, cancellationToken);
        var incremental = await IncrementalScenario.RunAsync(databasePath, later, cancellationToken);
        // Scored once every record, the later ones included, is resolved (by the incremental scenario's full rerun).
        var accuracy = await ScoreAsync(databasePath, truthPath, cancellationToken);
        return new ResolutionRound(load, engine, full, accuracy, incremental);
    }

    /// <summary>
    /// The records loaded from the store (timed on its own: the floor), then <see cref="IIdentityResolver.Resolve"/> over
    /// them with exactly the request <see cref="ResolutionService.ResolveAsync"/> builds, timed without any I/O. The
    /// records stay in memory while the engine runs, as they do in the command, so its peak includes them.
    /// </summary>
    private static async Task<(ScenarioResult Load, ResolutionResult Engine)> EngineAloneAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var hub = await HubServices.OpenAsync(databasePath, cancellationToken);
        var store = hub.Get<IIdentityStore>();
        var (records, loading, loadingCpu, loadingPeak) = await Measured.RunAsync(() => store.LoadCustomerRecordsAsync(cancellationToken));
        var load = new ScenarioResult("load records", records.Count, loading, loadingCpu, loadingPeak);

        var request = new ResolutionRequest(records, await store.GetMaxCustomerNumberAsync(cancellationToken))
        {
            Model = await store.LoadModelAsync(cancellationToken),
            Decisions = await hub.Get<IDecisionStore>().ListAsync(cancellationToken),
        };
        var resolver = hub.Get<IIdentityResolver>();
        var (outcome, elapsed, cpu, peak) = await Measured.RunAsync(() => Task.FromResult(resolver.Resolve(request)));
        var engine = new ResolutionResult(
            new ScenarioResult("resolution", records.Count, elapsed, cpu, peak),
            outcome.Customers.Count, outcome.PairsCompared, EngineStages.Parse(outcome.Report), outcome.Report);
        return (load, engine);
    }

    /// <summary>
    /// <c>hub resolve --full</c> as the command runs it: services composed over the file, then
    /// <see cref="ResolutionService.ResolveAsync"/> loads, resolves and saves record assignments, golden records with their
    /// lineage and link evidence in one transaction. All of it is timed, composing and disposing included.
    /// </summary>
    private static async Task<ResolutionResult> FullAsync(string databasePath, CancellationToken cancellationToken)
    {
        var (summary, elapsed, cpu, peak) = await Measured.RunAsync(async () =>
        {
            await using var hub = await HubServices.OpenAsync(databasePath, cancellationToken);
            return await hub.Get<ResolutionService>().ResolveAsync(full: true, cancellationToken);
        });
        return new ResolutionResult(
            new ScenarioResult("resolve --full", summary.Records, elapsed, cpu, peak),
            summary.Customers, summary.PairsCompared, EngineStages.Parse(summary.Report), summary.Report);
    }

    /// <summary>What the store now says about who is who (<c>hub export clusters</c>'s rows), against the truth. Not timed.</summary>
    private static async Task<PairwiseAccuracy> ScoreAsync(string databasePath, string truthPath, CancellationToken cancellationToken)
    {
        // Read here and dropped after, so the truth never sits in memory while a scenario's peak is measured.
        var truth = TruthFile.Read(truthPath);
        await using var hub = await HubServices.OpenAsync(databasePath, cancellationToken);
        return await PairwiseAccuracy.ScoreAsync(hub.Get<ICustomerQueries>().ReadClustersAsync(cancellationToken), truth, cancellationToken);
    }
}
