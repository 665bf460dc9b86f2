namespace Hub.Pipeline.Runs;

/// <summary>Sync settings of one connector instance that differ from the hub's (<c>Hub:Sync:Connectors:ID</c>).</summary>
public sealed class ConnectorSyncOptions
{
    /// <summary>This connector's run timeout, e.g. for a source whose first full read takes longer than the others'.</summary>
    public TimeSpan? RunTimeout { get; set; }

    /// <summary>This connector's call timeout, e.g. for a source whose pages are slow to come.</summary>
    public TimeSpan? CallTimeout { get; set; }
}
