using Hub.Contracts;

namespace Hub.Plugins.Mining.Common;

/// <summary>Collects scores and hands them to the context in chunks, so a million customers never make one huge write.</summary>
internal sealed class ScoreBuffer(IMiningContext context, int chunkSize = ScoreBuffer.DefaultChunkSize)
{
    public const int DefaultChunkSize = 10_000;

    private List<CustomerScore> pending = new(chunkSize);

    public async Task AddAsync(CustomerScore score, CancellationToken cancellationToken)
    {
        pending.Add(score);
        if (pending.Count >= chunkSize) await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        // A fresh list per chunk: the context may keep the one it was given.
        var chunk = pending;
        pending = new List<CustomerScore>(chunkSize);
        await context.WriteScoresAsync(chunk, cancellationToken).ConfigureAwait(false);
    }
}
