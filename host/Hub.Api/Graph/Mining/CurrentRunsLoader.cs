using Hub.Core.Mining;

namespace Hub.Api.Graph.Mining;

/// <summary>
/// The current (latest succeeded) run of each miner, read once per request: fields that evaluate a customer's stored
/// scores with its run's parameters (CLV horizons, key-account weights) share one read however many customers a page has.
/// </summary>
internal sealed class CurrentRunsLoader(IMiningQueries queries)
{
    private Task<IReadOnlyDictionary<string, MiningRun>>? _runs;

    /// <summary>The parameters of <paramref name="miner"/>'s current run, or null when it has none.</summary>
    public async Task<IReadOnlyDictionary<string, double>?> ParametersAsync(string miner, CancellationToken cancellationToken)
    {
        var runs = await (_runs ??= queries.GetCurrentRunsAsync(cancellationToken)).ConfigureAwait(false);
        return runs.TryGetValue(miner, out var run) ? run.Parameters : null;
    }
}
