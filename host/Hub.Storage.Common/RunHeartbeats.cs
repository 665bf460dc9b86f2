using System.Collections.Concurrent;
using System.Globalization;
using Dapper;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Storage.Common;

/// <summary>
/// The runs this process is running, and the timer that renews their heartbeat in the runs table every
/// <see cref="RunLeaseOptions.HeartbeatInterval"/>. Another process marks a run interrupted only once its heartbeat is
/// older than <see cref="RunLeaseOptions.LeaseTimeout"/>, so a process that dies loses its runs and one that lives keeps them.
/// </summary>
internal sealed class RunHeartbeats : IAsyncDisposable
{
    private readonly IStorageConnections _connections;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<long, byte> _live = new();
    private readonly ITimer _timer;
    private int _beating;

    public RunHeartbeats(IStorageConnections connections, TimeProvider clock, RunLeaseOptions lease)
    {
        _connections = connections;
        _clock = clock;
        // Beats follow the wall clock whatever clock stamps them: a heartbeat says the process is alive now, and a test's
        // fake clock moved an hour ahead must not fire a few hundred database writes in a row inside its other timers.
        _timer = TimeProvider.System.CreateTimer(_ => _ = BeatAsync(), null, lease.HeartbeatInterval, lease.HeartbeatInterval);
    }

    public void Track(long runId) => _live.TryAdd(runId, 0);

    public void Forget(long runId) => _live.TryRemove(runId, out _);

    /// <summary>
    /// <c>AND id NOT IN (...)</c> over this process's live runs (empty when it has none): a sweep must not take them for
    /// dead even when a long pause kept their heartbeat from being written. Ids are numbers, so they are written inline.
    /// </summary>
    public string ExceptLive()
    {
        var ids = _live.Keys.ToArray();
        return ids.Length == 0 ? "" : $" AND id NOT IN ({string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})";
    }

    private async Task BeatAsync()
    {
        if (_live.IsEmpty || Interlocked.Exchange(ref _beating, 1) == 1) return;
        try
        {
            var ids = _live.Keys.ToArray();
            await using var connection = await _connections.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            await connection.ExecuteAsync(
                $"UPDATE runs SET heartbeat_at = @now WHERE outcome = @running AND id IN ({string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))});",
                new { now = IsoText.Timestamp(_clock.GetUtcNow()), running = nameof(RunOutcome.Running) }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A busy or unreachable database: the next beat tries again. A lease spans several beats, and a run whose
            // lease ran out meanwhile is only marked interrupted; when it finishes, its real outcome replaces that.
        }
        finally
        {
            Volatile.Write(ref _beating, 0);
        }
    }

    public ValueTask DisposeAsync() => _timer.DisposeAsync();
}
