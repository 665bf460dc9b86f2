using Hub.Contracts;
using Hub.Core.Mining;
using Hub.Core.Model;
using Microsoft.Extensions.Logging;
using CustomerActivity = Hub.Contracts.CustomerActivity;

namespace Hub.Mining;

/// <summary>
/// What one miner sees during one run: the shared snapshot, its settings, and writes that land under the run. Scores are
/// gathered per customer and written in chunks, so a miner may write score by score without a round trip each.
/// </summary>
internal sealed class MiningContext(
    long runId, string miner, MiningSnapshot snapshot, ISettings settings, ILogger logger, IMiningStore store) : IMiningContext
{
    /// <summary>Customers gathered before a write to the store.</summary>
    internal const int ScoreChunk = 20_000;

    /// <summary>Series points gathered before a write to the store.</summary>
    internal const int SeriesChunk = 10_000;

    private readonly Dictionary<long, Dictionary<string, ScoreValue>> _scores = [];
    private readonly List<MiningSeriesPoint> _series = [];
    private readonly string _prefix = miner + ".";

    public DateOnly AsOf => snapshot.AsOf;

    public ISettings Settings => settings;

    public ILogger Logger => logger;

    public IAsyncEnumerable<CustomerActivity> ReadCustomersAsync(CancellationToken cancellationToken) => snapshot.ReadAsync(cancellationToken);

    public async Task WriteScoresAsync(IReadOnlyList<CustomerScore> scores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scores);
        foreach (var score in scores)
        {
            if (!CustomerId.TryParse(score.CustomerId, out var number))
                throw new MiningException($"miner '{miner}' wrote a score for '{score.CustomerId}', which is not a customer id (cus_N)");
            // Scores of every miner are read merged per customer; a name outside the miner's prefix could overwrite another's.
            if (!score.Name.StartsWith(_prefix, StringComparison.Ordinal))
                throw new MiningException($"miner '{miner}' wrote a score named '{score.Name}'; its score names must start with '{_prefix}'");
            if (!_scores.TryGetValue(number, out var customer)) _scores[number] = customer = new(StringComparer.Ordinal);
            customer[score.Name] = new ScoreValue(score.Value, score.Label);
        }

        if (_scores.Count >= ScoreChunk) await FlushScoresAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task WriteParametersAsync(IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken) =>
        store.WriteParametersAsync(runId, parameters, cancellationToken);

    public async Task WriteSeriesAsync(IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        _series.AddRange(points.Select(p => new MiningSeriesPoint(p.Series, p.Period, p.Value, p.Forecast, p.Lower, p.Upper)));
        if (_series.Count >= SeriesChunk) await FlushSeriesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes whatever is still gathered; the run is finished after this.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await FlushScoresAsync(cancellationToken).ConfigureAwait(false);
        await FlushSeriesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task FlushScoresAsync(CancellationToken cancellationToken)
    {
        if (_scores.Count == 0) return;
        var chunk = _scores.OrderBy(s => s.Key).Select(s => new CustomerScores(s.Key, s.Value)).ToList();
        _scores.Clear();
        await store.WriteScoresAsync(runId, chunk, cancellationToken).ConfigureAwait(false);
    }

    private async Task FlushSeriesAsync(CancellationToken cancellationToken)
    {
        if (_series.Count == 0) return;
        var chunk = _series.ToList();
        _series.Clear();
        await store.WriteSeriesAsync(runId, chunk, cancellationToken).ConfigureAwait(false);
    }
}
