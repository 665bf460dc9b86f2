namespace Hub.Scheduling.Staleness;

/// <summary>When a scheduled connector counts as stale, and how often that is looked at (<c>Hub:Health</c>).</summary>
public sealed class ConnectorHealthOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Hub:Health";

    /// <summary>
    /// A scheduled, unpaused connector is stale once this many of its schedule's firings have passed without a
    /// successful sync. One missed firing is routine (a slow source, a restart); several in a row need an operator.
    /// </summary>
    public int StaleAfterIntervals { get; set; } = 3;

    /// <summary>How often the stale-connector metrics are brought up to date between <c>/readyz</c> requests.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Refuses values that would make every connector stale at once or never refresh.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message names the setting.</exception>
    public void Validate()
    {
        if (StaleAfterIntervals < 1)
        {
            throw new ArgumentException($"{Section}:StaleAfterIntervals must be at least 1, e.g. 3; it is {StaleAfterIntervals}.");
        }

        if (RefreshInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}:RefreshInterval must be positive, e.g. 00:00:30; it is {RefreshInterval}.");
        }
    }
}
