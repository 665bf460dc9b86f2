using Hub.Core.Model;

namespace Hub.Core.Mining;

/// <summary>Writes of mining runs and their results.</summary>
public interface IMiningStore
{
    /// <summary>Records a new run of a miner as running and returns its id.</summary>
    Task<long> StartRunAsync(string miner, string pluginId, DateOnly asOf, string trigger, CancellationToken cancellationToken);

    /// <summary>
    /// Stores customers' scores for the run. A customer written again (by a later call) keeps its earlier scores, and a
    /// score written again takes the later value.
    /// </summary>
    Task WriteScoresAsync(long runId, IReadOnlyList<CustomerScores> scores, CancellationToken cancellationToken);

    /// <summary>Adds parameters to the run's; a name written again takes the later value.</summary>
    Task WriteParametersAsync(long runId, IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken);

    /// <summary>Stores time-series points for the run; a point written again (same series, period and kind) takes the later value.</summary>
    Task WriteSeriesAsync(long runId, IReadOnlyList<MiningSeriesPoint> points, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the rows (scores and series; the metadata stays) of <paramref name="miner"/>'s succeeded runs older than its
    /// newest <paramref name="keepSucceededRuns"/>. A new run calls it as it starts, to make room before its own rows
    /// arrive: the writes of a <c>hub mine</c> take turns, and the store is idle while the customers are read.
    /// </summary>
    Task MakeRoomAsync(string miner, int keepSucceededRuns, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the run. A succeeded run becomes its miner's current one, in the same transaction: the customer fields the
    /// miner owns (<see cref="MiningPromotions.CustomerFields"/>) are set from it, and the rows of the miner's older
    /// runs beyond the latest <paramref name="keepSucceededRuns"/> succeeded ones are deleted (their metadata stays). A
    /// failed or cancelled run's rows are deleted at once: nothing reads them.
    /// </summary>
    Task<MiningRun> FinishRunAsync(long runId, RunOutcome outcome, string? error, int keepSucceededRuns, CancellationToken cancellationToken);
}
