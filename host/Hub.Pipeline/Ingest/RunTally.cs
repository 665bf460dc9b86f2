using Hub.Core.Model;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// What a run has committed so far, across its attempts: the counts progress is reported with, and whether a retry of a
/// full sync may resume from the checkpoint (only once this run has committed a batch is that checkpoint its own).
/// </summary>
public sealed class RunTally
{
    /// <summary>Counts of every batch committed in the run.</summary>
    public RunCounts Total { get; private set; } = new();

    /// <summary>Batches committed in the run.</summary>
    public int Batches { get; private set; }

    /// <summary>Whether the run stopped at a checkpoint because the hub is shutting down (see <c>SyncDrain</c>).</summary>
    public bool Drained { get; private set; }

    /// <summary>Marks the run as stopped by a drain.</summary>
    public void MarkDrained() => Drained = true;

    /// <summary>Adds a committed batch.</summary>
    public void Add(RunCounts batch)
    {
        Total = Total.Add(batch);
        Batches++;
    }
}
