using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Scheduling.Staleness;

/// <summary>
/// Re-assesses the connectors every <see cref="ConnectorHealthOptions.RefreshInterval"/>, so the stale-connector metrics
/// stay current for a Prometheus that scrapes without anyone asking <c>/readyz</c>.
/// </summary>
public sealed partial class ConnectorStalenessRefresher(
    ConnectorStalenessMonitor monitor,
    IOptions<ConnectorHealthOptions> options,
    ILogger<ConnectorStalenessRefresher> logger) : BackgroundService
{
    // Remembered so the same stale connectors are logged once, not on every round.
    private string reportedStale = "";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        try
        {
            do
            {
                try
                {
                    var report = await monitor.RefreshAsync(stoppingToken);
                    var stale = string.Join(", ", report.Stale.Select(s => s.Id));
                    if (stale != reportedStale && stale.Length > 0)
                    {
                        LogStale(report.Stale.Count, stale);
                    }

                    reportedStale = stale;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The metrics keep the last assessment; /readyz reports the database problem itself.
                    LogRefreshFailed(ex.Message);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} scheduled connector(s) have had no successful sync for several schedule intervals: {Connectors}")]
    private partial void LogStale(int count, string connectors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale connectors could not be assessed: {Reason}")]
    private partial void LogRefreshFailed(string reason);
}
