using Hub.Core.Model;

namespace Hub.Core.Sync;

/// <summary>Runs one sync of a connector instance through the ingest pipeline.</summary>
public interface ISyncRunner
{
    /// <summary>
    /// Syncs the instance from its last checkpoint (or from the start when <paramref name="full"/>) and returns the
    /// finished run. Bad input is quarantined, not thrown; transient failures are retried within the run; how the run
    /// ended (failed, timed out, cancelled) is on the returned run. An exception means no run could start: the connector
    /// or its plugin is missing.
    /// </summary>
    Task<SyncRun> SyncAsync(string connectorId, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken);
}
