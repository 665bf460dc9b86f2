using Hub.Contracts;

namespace Hub.Plugins.Mining;

/// <summary>
/// Collects a miner's scores and hands them to the context in chunks, so a million customers never sit in memory twice
/// and the host stores them in transactions of a bounded size.
/// </summary>
internal sealed class ChunkedScoreWriter(IMiningContext context, int chunkSize = ChunkedScoreWriter.DefaultChunkSize)
{
    public const int DefaultChunkSize = 10_000;

    private List<CustomerScore> _pending = new(chunkSize);

    /// <summary>Adds a score, writing the chunk when it is full.</summary>
    public async ValueTask AddAsync(CustomerScore score, CancellationToken cancellationToken)
    {
        _pending.Add(score);
        if (_pending.Count >= chunkSize) await FlushAsync(cancellationToken);
    }

    /// <summary>Writes what is pending.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0) return;
        // A fresh list: the context may keep the one it was given.
        var chunk = _pending;
        _pending = new List<CustomerScore>(chunkSize);
        await context.WriteScoresAsync(chunk, cancellationToken);
    }
}
