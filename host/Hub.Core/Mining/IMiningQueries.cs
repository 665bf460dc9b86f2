using Hub.Core.Model;

namespace Hub.Core.Mining;

/// <summary>Reads of mining runs and of the miners' current results.</summary>
public interface IMiningQueries
{
    /// <summary>Runs, newest first, of one miner or of all.</summary>
    Task<IReadOnlyList<MiningRun>> ListRunsAsync(string? miner, int limit, CancellationToken cancellationToken);

    /// <summary>Each miner's current run: its latest succeeded one.</summary>
    Task<IReadOnlyDictionary<string, MiningRun>> GetCurrentRunsAsync(CancellationToken cancellationToken);

    /// <summary>The scores of the current runs of every miner for several customers at once (for batched loading), all miners' scores merged per customer.</summary>
    Task<IReadOnlyDictionary<long, CustomerScores>> GetCurrentScoresAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the customers a run ranked, by rank (customer number breaking ties), after the position
    /// (<paramref name="afterRank"/>, <paramref name="afterNumber"/>) when given. Customers resolution has since retired are left out.
    /// </summary>
    Task<IReadOnlyList<RankedCustomer>> ListRankedAsync(long runId, long? afterRank, long? afterNumber, int limit, CancellationToken cancellationToken);

    /// <summary>How many existing customers a run ranked.</summary>
    Task<long> CountRankedAsync(long runId, CancellationToken cancellationToken);

    /// <summary>The labels of a run (its promoted label score) with how many existing customers carry each, by name.</summary>
    Task<IReadOnlyList<(string Label, long Members)>> ListLabelsAsync(long runId, CancellationToken cancellationToken);

    /// <summary>A page of the existing customers carrying a label in a run, by customer number, after <paramref name="afterNumber"/>.</summary>
    Task<IReadOnlyList<GoldenCustomer>> ListLabelledAsync(long runId, string label, long? afterNumber, int limit, CancellationToken cancellationToken);

    /// <summary>A series of a run, observations then forecasts, each by period.</summary>
    Task<IReadOnlyList<MiningSeriesPoint>> GetSeriesAsync(long runId, string series, CancellationToken cancellationToken);

    /// <summary>Each customer's latest interaction per channel, for several customers at once.</summary>
    Task<ILookup<long, LastInteraction>> GetLastInteractionsAsync(IReadOnlyCollection<long> numbers, CancellationToken cancellationToken);
}
