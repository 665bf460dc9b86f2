using Hub.Core.Model;
using Hub.Core.Storage.Runs;

namespace Hub.Core.Storage;

/// <summary>Reads the history of syncs and imports for operators.</summary>
public interface IRunQueries
{
    /// <summary>Runs the query selects, newest first.</summary>
    Task<IReadOnlyList<SyncRun>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken);

    /// <summary>The input a run put into quarantine, first stored first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<QuarantineItem>> ListQuarantinedAsync(long runId, int limit, CancellationToken cancellationToken);
}
