using System.Runtime.CompilerServices;
using Hub.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Plugins.Mining.Tests.Doubles;

/// <summary>The miner contract over lists: what a miner reads and what it writes, for the plugin's unit tests.</summary>
public sealed class InMemoryMiningContext(DateOnly asOf, IReadOnlyList<CustomerActivity> customers, IReadOnlyDictionary<string, string>? settings = null)
    : IMiningContext
{
    public DateOnly AsOf { get; } = asOf;

    public ISettings Settings { get; } = new DictionarySettings(settings ?? new Dictionary<string, string>());

    public ILogger Logger => NullLogger.Instance;

    public List<CustomerScore> Scores { get; } = [];

    public List<int> ScoreChunkSizes { get; } = [];

    public Dictionary<string, double> Parameters { get; } = [];

    public List<SeriesPoint> Series { get; } = [];

    /// <summary>Passes every customer as given: the tests check that the miners apply the cut-off themselves.</summary>
    public async IAsyncEnumerable<CustomerActivity> ReadCustomersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var customer in customers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return customer;
        }

        await Task.CompletedTask;
    }

    public Task WriteScoresAsync(IReadOnlyList<CustomerScore> scores, CancellationToken cancellationToken)
    {
        ScoreChunkSizes.Add(scores.Count);
        Scores.AddRange(scores);
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

    /// <summary>The score of a customer by name, or null.</summary>
    public CustomerScore? ScoreOf(string customerId, string name) =>
        Scores.SingleOrDefault(s => s.CustomerId == customerId && s.Name == name);

    private sealed class DictionarySettings(IReadOnlyDictionary<string, string> values) : ISettings
    {
        public IReadOnlyDictionary<string, string> All => values;

        public string? Get(string name) => values.TryGetValue(name, out var value) ? value : null;
    }
}
