namespace Hub.Pipeline.Runs;

/// <summary>
/// How a sync retries a transient failure (<c>Hub:Sync:Retry</c>): exponential backoff with jitter, so connectors that
/// failed together on one outage do not all come back at the same moment.
/// </summary>
public sealed class SyncRetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retries off. The run fails when they are used up.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The median wait before the first retry; each further retry waits about twice as long.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Checks the values; <paramref name="section"/> names them in the message.</summary>
    /// <exception cref="ArgumentException">when a value is out of range.</exception>
    public void Validate(string section)
    {
        if (MaxRetries is < 0 or > 100) throw new ArgumentException($"{section}:MaxRetries must be between 0 and 100, not {MaxRetries}");
        if (BaseDelay < TimeSpan.Zero || BaseDelay > TimeSpan.FromHours(1))
            throw new ArgumentException($"{section}:BaseDelay must be between 00:00:00 and 01:00:00, not {BaseDelay}");
        if (MaxDelay < BaseDelay || MaxDelay > TimeSpan.FromDays(1))
            throw new ArgumentException($"{section}:MaxDelay must be at least BaseDelay ({BaseDelay}) and at most a day, not {MaxDelay}");
    }
}
