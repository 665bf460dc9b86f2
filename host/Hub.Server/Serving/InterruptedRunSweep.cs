using Hub.Core.Storage;

namespace Hub.Server.Serving;

/// <summary>
/// Marks interrupted, while the hub serves, the runs whose process stopped renewing their heartbeat: a node that died
/// mid-sync, or a <c>hub sync</c> killed beside the server. Checks every half lease, so such a run shows as interrupted
/// at most one and a half leases after its last heartbeat. The server also sweeps once as it starts.
/// </summary>
internal sealed partial class InterruptedRunSweep(IIngestStore store, RunLeaseOptions lease, TimeProvider clock, ILogger<InterruptedRunSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(lease.LeaseTimeout / 2, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var marked = await store.MarkInterruptedRunsAsync(stoppingToken).ConfigureAwait(false);
                if (marked > 0) LogMarked(marked, lease.LeaseTimeout);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // The database is away for a moment; the next sweep catches up.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marked {Count} run(s) interrupted: their process gave no heartbeat for {Lease}")]
    private partial void LogMarked(int count, TimeSpan lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for runs whose process stopped; trying again at the next sweep")]
    private partial void LogFailed(Exception exception);
}
