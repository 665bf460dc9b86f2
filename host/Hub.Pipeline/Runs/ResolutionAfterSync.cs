using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Resolution;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Runs;

/// <summary>
/// Resolves identities after a sync that brought new or changed records. The sync has succeeded and its records are
/// stored whatever happens here, so a failed resolution does not fail the run: its error is logged and kept on the run,
/// and the next resolution picks the records up.
/// </summary>
public sealed class ResolutionAfterSync(ResolutionService resolution, IIngestStore store, SyncDrain drain, ILogger<ResolutionAfterSync> logger)
{
    /// <summary>Resolves if <paramref name="run"/> succeeded and changed anything; returns the run as it is then recorded.</summary>
    public async Task<SyncRun> ResolveAsync(SyncRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Outcome != RunOutcome.Succeeded || run.Counts.Inserted + run.Counts.Updated == 0) return run;

        string error;
        // A stopping hub does not wait for a resolution: it has no checkpoint to reach, and nothing is lost by leaving it.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, drain.Token);
        try
        {
            stopping.Token.ThrowIfCancellationRequested();
            await resolution.ResolveAsync(full: false, stopping.Token);
            return run;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            var why = drain.IsRequested ? "left for later because the hub was shutting down" : "cancelled";
            error = $"identity resolution after this sync was {why}; its records are stored and 'hub resolve' (or the next sync) resolves them";
            logger.LogWarning("Run {RunId}: {Error}", run.Id, error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error = $"identity resolution after this sync failed: {ex.Message}; its records are stored and 'hub resolve' (or the next sync) resolves them";
            logger.LogError(ex, "Run {RunId}: identity resolution after the sync failed", run.Id);
        }

        await store.RecordResolutionErrorAsync(run.Id, error, CancellationToken.None);
        return run with { ResolutionError = error };
    }
}
