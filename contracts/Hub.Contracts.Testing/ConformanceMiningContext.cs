using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Contracts.Testing;

/// <summary>
/// A mining context over customers held in memory, as the hub's is over its store: it hides activity after the end of
/// <see cref="AsOf"/>, hands the customers out in the order given as often as the miner asks for them, and keeps
/// everything the miner writes. <see cref="MinerConformanceTests"/> runs miners in it; a miner's own unit tests may too.
/// </summary>
public sealed class ConformanceMiningContext : IMiningContext
{
    private readonly Lock _gate = new();
    private readonly List<CustomerScore> _scores = [];
    private readonly Dictionary<string, double> _parameters = new(StringComparer.Ordinal);
    private readonly List<SeriesPoint> _series = [];
    private int _customersRead;
    private (int After, CancellationTokenSource Cancellation)? _cancelAfter;

    /// <summary>A context showing <paramref name="customers"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day the run computes as of; activity after its end is hidden, as the hub hides it.</param>
    /// <param name="customers">The customers, in the order the miner reads them.</param>
    /// <param name="settings">The miner's settings, as the hub reads them from its configuration; none by default.</param>
    /// <param name="logger">Where the miner logs; nowhere by default.</param>
    public ConformanceMiningContext(
        DateOnly asOf, IEnumerable<CustomerActivity> customers, IReadOnlyDictionary<string, string>? settings = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        AsOf = asOf;
        var end = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Customers = [.. customers.Select(customer => Cut(customer, end))];
        Settings = new ConformanceSettings(settings ?? new Dictionary<string, string>());
        Logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public DateOnly AsOf { get; }

    /// <inheritdoc />
    public ISettings Settings { get; }

    /// <inheritdoc />
    public ILogger Logger { get; }

    /// <summary>The customers as the miner sees them: without their activity after <see cref="AsOf"/>.</summary>
    public IReadOnlyList<CustomerActivity> Customers { get; }

    /// <summary>Every score written, in the order written (a later score of a customer and name replaces an earlier one in the hub).</summary>
    public IReadOnlyList<CustomerScore> Scores
    {
        get
        {
            lock (_gate) return [.. _scores];
        }
    }

    /// <summary>The run's parameters: later writes of a name replace earlier ones, as in the hub.</summary>
    public IReadOnlyDictionary<string, double> Parameters
    {
        get
        {
            lock (_gate) return new Dictionary<string, double>(_parameters, StringComparer.Ordinal);
        }
    }

    /// <summary>Every series point written, in the order written.</summary>
    public IReadOnlyList<SeriesPoint> Series
    {
        get
        {
            lock (_gate) return [.. _series];
        }
    }

    /// <summary>How many customers the miner has read, over all its reads.</summary>
    public int CustomersRead => Volatile.Read(ref _customersRead);

    /// <summary>Whether the miner wrote any score, parameter or series point.</summary>
    public bool WroteAnything
    {
        get
        {
            lock (_gate) return _scores.Count > 0 || _parameters.Count > 0 || _series.Count > 0;
        }
    }

    /// <inheritdoc />
    /// <remarks>Honours the token the miner passes, as the hub does, before every customer and at the end.</remarks>
    public async IAsyncEnumerable<CustomerActivity> ReadCustomersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var customer in Customers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = Interlocked.Increment(ref _customersRead);
            if (_cancelAfter is { } cancel && read >= cancel.After) await cancel.Cancellation.CancelAsync().ConfigureAwait(false);
            yield return customer;
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <inheritdoc />
    public Task WriteScoresAsync(IReadOnlyList<CustomerScore> scores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scores);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate) _scores.AddRange(scores);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteParametersAsync(IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var (name, value) in parameters) _parameters[name] = value;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteSeriesAsync(IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(points);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate) _series.AddRange(points);
        return Task.CompletedTask;
    }

    /// <summary>Cancels <paramref name="cancellation"/> as the miner reads its <paramref name="customers"/>th customer.</summary>
    internal void CancelAfter(int customers, CancellationTokenSource cancellation) => _cancelAfter = (customers, cancellation);

    private static CustomerActivity Cut(CustomerActivity customer, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.Orders.All(o => o.OrderedAt < end) && customer.Interactions.All(i => i.OccurredAt < end) && customer.Events.All(e => e.OccurredAt < end))
            return customer;
        return customer with
        {
            Orders = [.. customer.Orders.Where(o => o.OrderedAt < end)],
            Interactions = [.. customer.Interactions.Where(i => i.OccurredAt < end)],
            Events = [.. customer.Events.Where(e => e.OccurredAt < end)],
        };
    }
}
