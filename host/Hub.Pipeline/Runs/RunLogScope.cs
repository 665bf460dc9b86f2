using Microsoft.Extensions.Logging;

namespace Hub.Pipeline.Runs;

/// <summary>
/// The logging scope every line of a run is written in, so that console lines show the run and connector and
/// structured sinks get them as <c>RunId</c> and <c>ConnectorId</c> (or <c>Source</c> for an import). A message
/// template, not a dictionary, because the console prints a scope by its text.
/// </summary>
public static class RunLogScope
{
    private static readonly Func<ILogger, long, string, IDisposable?> ConnectorRun =
        LoggerMessage.DefineScope<long, string>("run {RunId} of connector {ConnectorId}");

    private static readonly Func<ILogger, long, string, IDisposable?> ImportRun =
        LoggerMessage.DefineScope<long, string>("run {RunId} importing into {Source}");

    /// <summary>Opens the scope of run <paramref name="runId"/>; <paramref name="connectorId"/> is null for a one-off import into <paramref name="source"/>.</summary>
    public static IDisposable? Begin(ILogger logger, long runId, string? connectorId, string source) =>
        connectorId is null ? ImportRun(logger, runId, source) : ConnectorRun(logger, runId, connectorId);
}
