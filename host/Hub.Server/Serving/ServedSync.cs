using Hub.Core;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Core.Sync;
using Hub.Pipeline.Runs;

namespace Hub.Server.Serving;

/// <summary>
/// <c>hub sync</c> beside a serving hub: the hub runs the sync, so it never overlaps the hub's own (scheduled) sync of
/// the connector, and this command follows the run in the shared database until it ends.
/// </summary>
internal static class ServedSync
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Asks the hub to sync <paramref name="connectorId"/> and returns the run once it has ended.</summary>
    public static async Task<SyncRun> RunAsync(
        ISyncControl hub, IIngestStore store, string connectorId, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        var before = (await store.ListRunsAsync(connectorId, 1, cancellationToken)).FirstOrDefault()?.Id ?? 0;
        await hub.TriggerAsync(connectorId, full, cancellationToken);
        try
        {
            // A sync of the connector the hub is already running finishes first; the requested one starts after it.
            while (true)
            {
                var recent = await store.ListRunsAsync(connectorId, 20, cancellationToken);
                var run = recent.Where(r => r.Id > before && r.Trigger == "api").MinBy(r => r.Id);
                // A run that stopped for a new version of its plugin (hub serve --watch-plugins) goes on in a run of its own.
                if (run is not null) run = ContinuedRuns.Current(run, recent);
                if (run is not null && ContinuedRuns.HasEnded(run)) return run;
                if (run is not null) progress?.Report(run.Counts);
                await Task.Delay(PollInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new UserFacingException(
                $"stopped following the sync; the serving hub carries on with it ('hub runs --connector {connectorId}' shows it, 'hub serve' logs it)");
        }
    }
}
