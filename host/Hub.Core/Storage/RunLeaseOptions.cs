namespace Hub.Core.Storage;

/// <summary>
/// How a process shows that the runs it started are alive (configuration section <c>Hub:Runs</c>). Several processes
/// may run syncs over one database (hub nodes over PostgreSQL; <c>hub sync</c> beside <c>hub serve</c>), so a run is not
/// taken for dead because some process started: only because nobody has renewed its heartbeat for <see cref="LeaseTimeout"/>.
/// </summary>
public sealed class RunLeaseOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Hub:Runs";

    /// <summary>How often a process writes the heartbeat of each run it is running.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a run may go without a heartbeat before it is marked interrupted. Several heartbeats long, so that a
    /// process paused for a while (a long garbage collection, a slow disk) is not taken for dead.
    /// </summary>
    public TimeSpan LeaseTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The name runs started by this process are recorded with; the machine's name and the process id unless set.</summary>
    public string Node { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Checks the values, naming the key of the first that cannot be used.</summary>
    /// <exception cref="ArgumentException">when a value is out of range.</exception>
    public void Validate()
    {
        if (HeartbeatInterval <= TimeSpan.Zero)
            throw new ArgumentException($"{Section}:HeartbeatInterval must be a positive time span such as 00:00:10, not {HeartbeatInterval}");
        if (LeaseTimeout < 2 * HeartbeatInterval)
            throw new ArgumentException($"{Section}:LeaseTimeout ({LeaseTimeout}) must be at least twice {Section}:HeartbeatInterval ({HeartbeatInterval}), or live runs would be taken for dead");
        if (string.IsNullOrWhiteSpace(Node))
            throw new ArgumentException($"{Section}:Node must name this hub node (or be left out to use the machine's name and process id)");
    }
}
