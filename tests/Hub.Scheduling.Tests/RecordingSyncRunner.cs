using System.Collections.Concurrent;
using Hub.Core.Model;
using Hub.Core.Sync;

namespace Hub.Scheduling.Tests;

/// <summary>Records every sync it is asked for, and how many ran at once.</summary>
public sealed class RecordingSyncRunner : ISyncRunner
{
    private readonly ConcurrentQueue<SyncCall> calls = new();
    private long nextRunId;
    private int running;
    private int maxRunning;

    /// <summary>How long each sync takes; <see cref="Timeout.InfiniteTimeSpan"/> runs until cancelled.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.Zero;

    /// <summary>Thrown by every sync, to play a failing connector.</summary>
    public Exception? Failure { get; init; }

    /// <summary>The hub's drain: when set, an endless sync ends as soon as the hub asks syncs to stop at a checkpoint.</summary>
    public SyncDrain? Drain { get; set; }

    public IReadOnlyList<SyncCall> Calls => calls.ToArray();

    public int MaxConcurrentRuns => Volatile.Read(ref maxRunning);

    /// <summary>Syncs that ended because they were cancelled.</summary>
    public int CancelledRuns => calls.Count(c => c.Cancelled);

    public async Task<SyncRun> SyncAsync(string connectorId, string trigger, bool full, IProgress<RunCounts>? progress, CancellationToken cancellationToken)
    {
        var call = new SyncCall(connectorId, trigger, full, DateTimeOffset.UtcNow);
        calls.Enqueue(call);
        var now = Interlocked.Increment(ref running);
        InterlockedMax(ref maxRunning, now);
        try
        {
            if (Duration == Timeout.InfiniteTimeSpan && Drain is { } drain)
            {
                while (!drain.IsRequested) await Task.Delay(20, cancellationToken);
            }
            else if (Duration != TimeSpan.Zero)
            {
                await Task.Delay(Duration, cancellationToken);
            }

            if (Failure is not null)
            {
                throw Failure;
            }

            return new SyncRun
            {
                Id = Interlocked.Increment(ref nextRunId),
                ConnectorId = connectorId,
                Source = connectorId,
                Trigger = trigger,
                StartedAt = call.At,
                FinishedAt = DateTimeOffset.UtcNow,
                Outcome = RunOutcome.Succeeded,
            };
        }
        catch (OperationCanceledException)
        {
            call.Cancelled = true;
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
