using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Resolution;

/// <summary>
/// Runs identity resolution in the background when asked, coalescing requests: while one resolution runs, any number
/// of requests queue at most one more, which then covers them all (a resolution takes every change made before it starts). Pushed
/// customers thus reach the API within seconds without a resolution per request.
/// </summary>
public sealed class ResolutionTrigger(ResolutionService resolution, ILogger<ResolutionTrigger> logger) : IAsyncDisposable, IDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private bool _queued;
    private bool _running;
    private bool _disposed;
    private Task _worker = Task.CompletedTask;

    /// <summary>Asks for a resolution soon; returns at once.</summary>
    public void Request()
    {
        lock (_lock)
        {
            if (_disposed || _queued) return;
            _queued = true;
            if (_running) return;
            _running = true;
            _worker = Task.Run(WorkAsync);
        }
    }

    /// <summary>Completes once no resolution is running or queued (for shutdown and tests).</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock) return _worker;
    }

    /// <summary>Stops a resolution in progress (its transaction is rolled back) and drops a queued one.</summary>
    public async ValueTask DisposeAsync()
    {
        Task worker;
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            _queued = false;
            worker = _worker;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await worker.ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>For containers disposed synchronously; prefer <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task WorkAsync()
    {
        while (true)
        {
            lock (_lock)
            {
                if (!_queued)
                {
                    _running = false;
                    return;
                }

                _queued = false;
            }

            try
            {
                await resolution.ResolveAsync(full: false, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                lock (_lock) _running = false;
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The records are stored; the next push, sync or 'hub resolve' resolves them.
                logger.LogError(ex, "Background identity resolution failed");
            }
        }
    }
}
