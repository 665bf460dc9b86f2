using System.Collections.Concurrent;
using Hub.Core.Model;
using Hub.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Push;

/// <summary>
/// Records pushes as runs without writing one run per request: each connector instance has at most one open run with
/// trigger <c>push</c>, which every pushed batch adds its counts to. The run is finished (succeeded) once it is
/// <see cref="RunLength"/> old, by the next push or by a timer that checks every minute, and when the hub shuts down;
/// the next push opens a new one. A process that dies leaves its run open, and the start-up sweep marks it interrupted;
/// what it committed stays committed.
/// </summary>
public sealed class PushRunLedger : IAsyncDisposable, IDisposable
{
    /// <summary>The longest a push run stays open, so <c>hub jobs</c> shows pushes in hour-sized slices.</summary>
    public static readonly TimeSpan RunLength = TimeSpan.FromHours(1);

    /// <summary>What push runs are recorded with as their trigger.</summary>
    public const string Trigger = "push";

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly IIngestStore _store;
    private readonly TimeProvider _clock;
    private readonly ILogger<PushRunLedger> _logger;
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly ITimer _sweep;
    private int _disposed;

    /// <summary>Creates the ledger; its timer closes runs that outlive <see cref="RunLength"/> while no pushes arrive.</summary>
    public PushRunLedger(IIngestStore store, TimeProvider clock, ILogger<PushRunLedger> logger)
    {
        _store = store;
        _clock = clock;
        _logger = logger;
        _sweep = clock.CreateTimer(_ => _ = SweepAsync(), null, SweepInterval, SweepInterval);
    }

    /// <summary>
    /// Commits one pushed batch into the connector's open run (opening one when there is none or it is due to close).
    /// Commits of one connector take turns, so a run is never finished while a batch is being added to it.
    /// </summary>
    /// <param name="connectorId">The connector instance pushed to.</param>
    /// <param name="source">The source name its records are stored under.</param>
    /// <param name="prepare">Builds the batch for the run id it is given.</param>
    /// <param name="cancellationToken">Stops the wait and the commit.</param>
    public async Task<(long RunId, RunCounts Counts)> CommitAsync(string connectorId, string source, Func<long, IngestBatch> prepare, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var slot = _slots.GetOrAdd(connectorId, _ => new Slot());
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Shutdown may have finished the runs while this push waited; a run opened now would never be finished.
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            if (slot.Run is { } open && IsDue(open)) await FinishAsync(connectorId, slot).ConfigureAwait(false);
            if (slot.Run is null)
            {
                var runId = await _store.StartRunAsync(connectorId, source, Trigger, cancellationToken).ConfigureAwait(false);
                slot.Run = new OpenRun(runId, _clock.GetUtcNow());
                _logger.LogInformation("Push run {RunId} opened for connector {ConnectorId}", runId, connectorId);
            }

            var run = slot.Run.Value;
            return (run.Id, await _store.CommitBatchAsync(prepare(run.Id), cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>Finishes every open run that is <see cref="RunLength"/> old; the timer calls it every minute.</summary>
    public async Task SweepAsync()
    {
        foreach (var (connectorId, slot) in _slots)
        {
            if (Volatile.Read(ref _disposed) != 0) return;
            await slot.Gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (slot.Run is { } open && IsDue(open)) await FinishAsync(connectorId, slot).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The next sweep or push tries again; a timer callback has nobody to throw to.
                _logger.LogWarning(ex, "Could not finish the push run of connector {ConnectorId}", connectorId);
            }
            finally
            {
                slot.Gate.Release();
            }
        }
    }

    /// <summary>Finishes every open run: the hub is shutting down, so nothing more will be added to them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _sweep.DisposeAsync().ConfigureAwait(false);
        foreach (var (connectorId, slot) in _slots)
        {
            await slot.Gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (slot.Run is not null) await FinishAsync(connectorId, slot).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _logger.LogWarning(ex, "Could not finish the push run of connector {ConnectorId} at shutdown; the next start marks it interrupted", connectorId);
            }
            finally
            {
                slot.Gate.Release();
            }
        }
    }

    /// <summary>For containers disposed synchronously; prefer <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private bool IsDue(OpenRun run) => _clock.GetUtcNow() - run.OpenedAt >= RunLength;

    private async Task FinishAsync(string connectorId, Slot slot)
    {
        var runId = slot.Run!.Value.Id;
        await _store.FinishRunAsync(runId, RunOutcome.Succeeded, null, CancellationToken.None).ConfigureAwait(false);
        slot.Run = null;
        _logger.LogInformation("Push run {RunId} of connector {ConnectorId} finished", runId, connectorId);
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public OpenRun? Run { get; set; }
    }

    private readonly record struct OpenRun(long Id, DateTimeOffset OpenedAt);
}
