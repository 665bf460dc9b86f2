using Hub.Core.Model;
using Hub.Pipeline.Runs;

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

    /// <summary>
    /// How the run ends when it stopped at a checkpoint before the end of its source: because the hub is shutting down
    /// (see <c>SyncDrain</c>) or its plugin was replaced. Null while it reads on.
    /// </summary>
    public RunEnd? StoppedEarly { get; private set; }

    /// <summary>Marks the run as stopped at its last checkpoint, to end as <paramref name="end"/> says.</summary>
    public void StopEarly(RunEnd end) => StoppedEarly = end;

    /// <summary>Adds a committed batch.</summary>
    public void Add(RunCounts batch)
    {
        Total = Total.Add(batch);
        Batches++;
    }
}
