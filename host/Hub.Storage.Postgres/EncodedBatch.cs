namespace Hub.Storage.Postgres;

/// <summary>
/// A batch's records encoded for COPY, one stage per record table in a fixed order (customers, orders, interactions,
/// events, whatever the batch's order: two batches never lock each other's rows in opposite orders), and how many of them
/// carry warnings. Its buffers are pooled: the commit that writes it gives them back.
/// </summary>
internal sealed class EncodedBatch(IReadOnlyList<EncodedStage> stages, long warned) : IDisposable
{
    public IReadOnlyList<EncodedStage> Stages => IsDisposed ? throw new ObjectDisposedException(nameof(EncodedBatch)) : stages;

    public long Warned => warned;

    /// <summary>True once written (or dropped): the batch must be encoded again to be written again.</summary>
    public bool IsDisposed { get; private set; }

    public void Dispose()
    {
        if (IsDisposed) return;
        IsDisposed = true;
        foreach (var stage in stages) stage.Dispose();
    }
}
