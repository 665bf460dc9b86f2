using System.Runtime.CompilerServices;
using Hub.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.Mining.Tests;

/// <summary>
/// A mining context over customers held in a list, for miner tests: it hides activity after the as-of day as the hub
/// does, and keeps what the miner writes. The customers may be a lazy sequence, enumerated again on every read.
/// </summary>
internal sealed class ListMiningContext(DateOnly asOf, IEnumerable<CustomerActivity> customers, IReadOnlyDictionary<string, string>? settings = null)
    : IMiningContext
{
    public DateOnly AsOf { get; } = asOf;

    public ISettings Settings { get; } = new DictionarySettings(settings ?? new Dictionary<string, string>());

    public ILogger Logger => NullLogger.Instance;

    public List<CustomerScore> Scores { get; } = [];

    public Dictionary<string, double> Parameters { get; } = [];

    public List<SeriesPoint> Series { get; } = [];

    /// <summary>False to count scores without keeping them, for runs over millions of customers.</summary>
    public bool KeepScores { get; init; } = true;

    /// <summary>How many scores the miner wrote.</summary>
    public long ScoresWritten { get; private set; }

    /// <summary>How many times the miner wrote scores.</summary>
    public int ScoreWrites { get; private set; }

    /// <summary>The value of one customer's score, or null when it was not written.</summary>
    public CustomerScore? Score(string customerId, string name) =>
        Scores.SingleOrDefault(score => score.CustomerId == customerId && score.Name == name);

    public async IAsyncEnumerable<CustomerActivity> ReadCustomersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var endOfDay = new DateTimeOffset(AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var customer in customers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return customer with
            {
                Orders = [.. customer.Orders.Where(order => order.OrderedAt < endOfDay)],
                Interactions = [.. customer.Interactions.Where(interaction => interaction.OccurredAt < endOfDay)],
                Events = [.. customer.Events.Where(item => item.OccurredAt < endOfDay)],
            };
        }
    }

    public Task WriteScoresAsync(IReadOnlyList<CustomerScore> scores, CancellationToken cancellationToken)
    {
        ScoreWrites++;
        ScoresWritten += scores.Count;
        if (KeepScores) Scores.AddRange(scores);
        return Task.CompletedTask;
    }

    public Task WriteParametersAsync(IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in parameters) Parameters[name] = value;
        return Task.CompletedTask;
    }

    public Task WriteSeriesAsync(IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken)
    {
        Series.AddRange(points);
        return Task.CompletedTask;
    }

    private sealed class DictionarySettings(IReadOnlyDictionary<string, string> values) : ISettings
    {
        public IReadOnlyDictionary<string, string> All { get; } = values;

        public string? Get(string name) => All.TryGetValue(name, out var value) ? value : null;
    }
}
