using Hub.Core.Model;
using Hub.Pipeline.Connectors;

namespace Hub.Pipeline.Runs;

/// <summary>
/// A sync whose run stopped at a checkpoint for a new version of its plugin goes on in a run of its own (trigger
/// <see cref="SyncRunner.PluginReloadTrigger"/>); whoever follows the sync follows it there.
/// </summary>
public static class ContinuedRuns
{
    /// <summary>Whether <paramref name="run"/> stopped for a new version of its plugin, to be continued.</summary>
    public static bool StoppedForNewPlugin(SyncRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Outcome == RunOutcome.Cancelled && run.Error == RunEnd.PluginReplaced.Error;
    }

    /// <summary>
    /// The run the sync begun by <paramref name="first"/> is at, among <paramref name="recent"/> runs of its connector: the
    /// first, or the latest run continuing it. The sync has ended when that run has ended and did not stop to be continued.
    /// </summary>
    public static SyncRun Current(SyncRun first, IEnumerable<SyncRun> recent)
    {
        ArgumentNullException.ThrowIfNull(first);
        var later = recent.Where(r => r.Trigger == SyncRunner.PluginReloadTrigger).OrderBy(r => r.Id).ToList();
        var run = first;
        while (StoppedForNewPlugin(run) && later.FirstOrDefault(r => r.Id > run.Id) is { } next) run = next;
        return run;
    }

    /// <summary>Whether the sync now at <paramref name="current"/> (see <see cref="Current"/>) has ended.</summary>
    public static bool HasEnded(SyncRun current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.Outcome != RunOutcome.Running && !StoppedForNewPlugin(current);
    }
}
