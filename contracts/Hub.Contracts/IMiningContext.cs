using Microsoft.Extensions.Logging;

namespace Hub.Contracts;

/// <summary>
/// What a miner sees of the hub: unified customers with their orders, interactions, events and profile, and a place for
/// results (customer scores, run parameters, time series), all kept under the mining run.
/// </summary>
public interface IMiningContext
{
    /// <summary>Compute as of the end of this day; later data is not shown.</summary>
    DateOnly AsOf { get; }

    /// <summary>The miner's settings from the hub's configuration.</summary>
    ISettings Settings { get; }

    /// <summary>A logger that tags every line with the mining run.</summary>
    ILogger Logger { get; }

    /// <summary>Streams every unified customer with its orders, interactions and events up to <see cref="AsOf"/>.</summary>
    IAsyncEnumerable<CustomerActivity> ReadCustomersAsync(CancellationToken cancellationToken);

    /// <summary>Stores scores for this run; may be called several times.</summary>
    Task WriteScoresAsync(IReadOnlyList<CustomerScore> scores, CancellationToken cancellationToken);

    /// <summary>
    /// Records the model's parameters for this run (fitted or configured, e.g. <c>bgnbd.r</c>, <c>tiers.platinum</c>) and
    /// its quality measures (e.g. <c>demand.mase</c>); <c>miningRuns</c> shows them. Later calls add to earlier ones.
    /// </summary>
    Task WriteParametersAsync(IReadOnlyDictionary<string, double> parameters, CancellationToken cancellationToken);

    /// <summary>Stores time-series results for this run (see <see cref="SeriesPoint"/>); may be called several times.</summary>
    Task WriteSeriesAsync(IReadOnlyList<SeriesPoint> points, CancellationToken cancellationToken);
}
