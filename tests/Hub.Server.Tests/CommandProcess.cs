using System.Diagnostics;

namespace Hub.Server.Tests;

/// <summary>Waits for a command the tests started, reading what it prints, and kills it when it overruns.</summary>
internal static class CommandProcess
{
    /// <summary>
    /// Waits for <paramref name="process"/> to end. When it takes longer than <paramref name="limit"/> or the test is
    /// cancelled, it is killed with its children, so nothing is left running (a hub holding a temp database open).
    /// </summary>
    public static async Task<CommandResult> WaitAsync(Process process, TimeSpan limit, string description)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(limit);
        // Read to the end even after a kill (the pipes close with the process), so a timeout can show what it printed.
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{description} did not finish within {limit.TotalMinutes} minutes or the test was cancelled; output so far:\n{await stdout}{await stderr}");
        }

        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }
}
