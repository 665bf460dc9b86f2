using Hub.Core.Mining;
using Hub.Core.Model;

namespace Hub.Mining;

/// <summary>
/// Lets the miners of one <c>hub mine</c> that run side by side write their results one at a time. Their computing
/// overlaps; their writes would only queue inside the database, and SQLite would refuse a writer that waits longer than
/// its busy timeout behind another miner's large write.
/// </summary>
internal sealed class OneWriterAtATime(IMiningStore store) : IMiningStore, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task<long> StartRunAsync(string miner, string pluginId, DateOnly asOf, string trigger, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => store.StartRunAsync(miner, pluginId, asOf, trigger, cancellationToken), cancellationToken);

    public Task WriteScoresAsync(long runId, IReadOnlyList<CustomerScores> scores, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => store.WriteScoresAsync(runId, scores, cancellationToken), cancellationToken);

    public Task WriteParametersAsync(long runId, IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => store.WriteParametersAsync(runId, parameters, cancellationToken), cancellationToken);

    public Task WriteSeriesAsync(long runId, IReadOnlyList<MiningSeriesPoint> points, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => store.WriteSeriesAsync(runId, points, cancellationToken), cancellationToken);

    public Task MakeRoomAsync(string miner, int keepSucceededRuns, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => store.MakeRoomAsync(miner, keepSucceededRuns, cancellationToken), cancellationToken);

    public Task<MiningRun> FinishRunAsync(long runId, RunOutcome outcome, string? error, int keepSucceededRuns, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => store.FinishRunAsync(runId, outcome, error, keepSucceededRuns, cancellationToken), cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task OneAtATimeAsync(Func<Task> write, CancellationToken cancellationToken) =>
        await OneAtATimeAsync(async () => { await write().ConfigureAwait(false); return true; }, cancellationToken).ConfigureAwait(false);

    private async Task<T> OneAtATimeAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
