namespace Hub.Contracts;

/// <summary>Records read together, and the checkpoint to resume from once they are stored.</summary>
/// <param name="Records">Canonical records: customers, orders, interactions, events.</param>
/// <param name="Checkpoint">Where to resume after this batch.</param>
public sealed record RecordBatch(IReadOnlyList<SourceRecord> Records, Checkpoint Checkpoint)
{
    /// <summary>Input the connector could not turn into a record; the host quarantines it with the reason.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; init; } = [];
}
