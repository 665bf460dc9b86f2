namespace Hub.Api.Limits;

/// <summary>Runs an execution under <see cref="ApiLimits.ExecutionTimeout"/>.</summary>
internal static class ExecutionDeadline
{
    /// <summary>
    /// The result of <paramref name="execute"/>, or null when it ran longer than <paramref name="timeout"/>. The token
    /// handed to it is cancelled at the deadline, which stops resolvers and database commands that observe it; the answer
    /// waits neither for those that do not nor for resolvers that block (they finish in the background), so no client
    /// hangs past the deadline.
    /// </summary>
    /// <exception cref="OperationCanceledException">when the client went away first.</exception>
    public static async Task<T?> RunAsync<T>(Func<CancellationToken, Task<T>> execute, TimeSpan timeout, CancellationToken requestAborted)
        where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(timeout);
        // Started on the thread pool: a resolver that blocks synchronously would otherwise hold this thread before the
        // deadline is even awaited.
        var token = deadline.Token;
        var execution = Task.Run(() => execute(token), CancellationToken.None);
        try
        {
            return await execution.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            // An abandoned execution may still fail later; observe it so that it is not reported as unobserved.
            _ = execution.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return null;
        }
    }
}
