using System.Globalization;

namespace Hub.Pipeline.Runs;

/// <summary>A call into a connector took longer than its call timeout and was cancelled; the run fails with this message.</summary>
/// <param name="connectorId">The connector instance, or null for a one-off import.</param>
/// <param name="call">What the connector did not do in time, e.g. "return its next batch".</param>
/// <param name="timeout">The call timeout that ran out.</param>
public sealed class ConnectorCallTimeoutException(string? connectorId, string call, TimeSpan timeout) : Exception(Describe(connectorId, call, timeout))
{
    /// <summary>The call timeout that ran out.</summary>
    public TimeSpan Timeout { get; } = timeout;

    private static string Describe(string? connectorId, string call, TimeSpan timeout)
    {
        var key = connectorId is null
            ? $"{SyncOptions.Section}:CallTimeout"
            : $"{SyncOptions.Section}:CallTimeout (or {SyncOptions.Section}:Connectors:{connectorId}:CallTimeout for this connector)";
        return string.Create(CultureInfo.InvariantCulture,
            $"the connector did not {call} within {timeout:c}, its call timeout, and was cancelled; what the run committed is kept. " +
            $"If the source is only slow, raise {key}; if it hangs, its plugin's author should look at that call");
    }
}
