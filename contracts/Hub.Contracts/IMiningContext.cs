using Microsoft.Extensions.Logging;

namespace Hub.Contracts;

/// <summary>What a miner sees of the hub: unified customers with their orders and interactions, and a place for results.</summary>
public interface IMiningContext
{
    /// <summary>Compute as of the end of this day; later data is not shown.</summary>
    DateOnly AsOf { get; }

    /// <summary>The miner's settings from the hub's configuration.</summary>
    ISettings Settings { get; }

    /// <summary>A logger that tags every line with the mining run.</summary>
    ILogger Logger { get; }

    /// <summary>Streams every unified customer with its orders and interactions up to <see cref="AsOf"/>.</summary>
    IAsyncEnumerable<CustomerActivity> ReadCustomersAsync(CancellationToken cancellationToken);

    /// <summary>Stores scores for this run; may be called several times.</summary>
    Task WriteScoresAsync(IReadOnlyList<CustomerScore> scores, CancellationToken cancellationToken);
}
