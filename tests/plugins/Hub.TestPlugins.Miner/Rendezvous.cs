namespace Hub.TestPlugins.Miner;

/// <summary>
/// Lets the plugin's two miners prove they ran at the same time: with the setting <c>rendezvous</c> = seconds, each
/// announces itself and waits that long for the other; one that waits in vain fails, saying it ran alone.
/// </summary>
internal static class Rendezvous
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, TaskCompletionSource> Arrived = [];

    public static async Task MeetAsync(string miner, string other, string? seconds, CancellationToken cancellationToken)
    {
        if (seconds is null) return;
        TaskCompletionSource theirs;
        lock (Gate)
        {
            Of(miner).TrySetResult();
            theirs = Of(other);
        }

        try
        {
            await theirs.Task.WaitAsync(TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{miner} ran alone: {other} did not run beside it");
        }
        finally
        {
            lock (Gate) Arrived.Remove(other);
        }
    }

    private static TaskCompletionSource Of(string miner)
    {
        if (!Arrived.TryGetValue(miner, out var arrived)) Arrived[miner] = arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return arrived;
    }
}
