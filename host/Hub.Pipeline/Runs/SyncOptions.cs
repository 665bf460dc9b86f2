namespace Hub.Pipeline.Runs;

/// <summary>How connector syncs run (configuration section <c>Hub:Sync</c>).</summary>
public sealed class SyncOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Hub:Sync";

    /// <summary>
    /// How long one sync may take, retries and their waits included, before it is stopped and recorded as timed out.
    /// Long enough for a first full read of a large source; short enough that a hung source does not block its
    /// connector's schedule for a day.
    /// </summary>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How long one call into a connector may take (the read of one batch, a check) before it is cancelled and the run
    /// fails with that reason. A connector that ignores its cancellation is abandoned after a short grace, so one plugin
    /// that hangs cannot hold its run, or the hub's shutdown, for ever.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries of transient failures within a run.</summary>
    public SyncRetryOptions Retry { get; set; } = new();

    /// <summary>Settings for single connector instances, by connector id (e.g. <c>Hub:Sync:Connectors:shop-eu:RunTimeout</c>).</summary>
    public Dictionary<string, ConnectorSyncOptions> Connectors { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The run timeout of <paramref name="connectorId"/>: its own, else <see cref="RunTimeout"/>.</summary>
    public TimeSpan RunTimeoutFor(string? connectorId) =>
        connectorId is not null && Connectors.TryGetValue(connectorId, out var own) && own.RunTimeout is { } timeout ? timeout : RunTimeout;

    /// <summary>The call timeout of <paramref name="connectorId"/>: its own, else <see cref="CallTimeout"/>.</summary>
    public TimeSpan CallTimeoutFor(string? connectorId) =>
        connectorId is not null && Connectors.TryGetValue(connectorId, out var own) && own.CallTimeout is { } timeout ? timeout : CallTimeout;

    /// <summary>Checks the values, naming the key of the first that cannot be used.</summary>
    /// <exception cref="ArgumentException">when a value is out of range.</exception>
    public void Validate()
    {
        Positive(RunTimeout, $"{Section}:RunTimeout");
        CallLimit(CallTimeout, $"{Section}:CallTimeout");
        foreach (var (id, connector) in Connectors)
        {
            if (connector.RunTimeout is { } timeout) Positive(timeout, $"{Section}:Connectors:{id}:RunTimeout");
            if (connector.CallTimeout is { } callTimeout) CallLimit(callTimeout, $"{Section}:Connectors:{id}:CallTimeout");
        }

        Retry.Validate($"{Section}:Retry");
    }

    // A call timeout above a day would be no limit at all (and timers stop at about 49 days).
    private static void CallLimit(TimeSpan value, string key)
    {
        Positive(value, key);
        if (value > TimeSpan.FromDays(1)) throw new ArgumentException($"{key} must be at most 1.00:00:00 (a day), not {value}");
    }

    private static void Positive(TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero) throw new ArgumentException($"{key} must be a positive time span such as 02:00:00, not {value}");
    }
}
