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

    /// <summary>Retries of transient failures within a run.</summary>
    public SyncRetryOptions Retry { get; set; } = new();

    /// <summary>Settings for single connector instances, by connector id (e.g. <c>Hub:Sync:Connectors:shop-eu:RunTimeout</c>).</summary>
    public Dictionary<string, ConnectorSyncOptions> Connectors { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The run timeout of <paramref name="connectorId"/>: its own, else <see cref="RunTimeout"/>.</summary>
    public TimeSpan RunTimeoutFor(string? connectorId) =>
        connectorId is not null && Connectors.TryGetValue(connectorId, out var own) && own.RunTimeout is { } timeout ? timeout : RunTimeout;

    /// <summary>Checks the values, naming the key of the first that cannot be used.</summary>
    /// <exception cref="ArgumentException">when a value is out of range.</exception>
    public void Validate()
    {
        Positive(RunTimeout, $"{Section}:RunTimeout");
        foreach (var (id, connector) in Connectors)
        {
            if (connector.RunTimeout is { } timeout) Positive(timeout, $"{Section}:Connectors:{id}:RunTimeout");
        }

        Retry.Validate($"{Section}:Retry");
    }

    private static void Positive(TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero) throw new ArgumentException($"{key} must be a positive time span such as 02:00:00, not {value}");
    }
}
