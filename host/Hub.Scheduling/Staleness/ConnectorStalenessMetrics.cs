using System.Diagnostics.Metrics;

namespace Hub.Scheduling.Staleness;

/// <summary>
/// The connector meter (<c>Hub.Connectors</c>): how many scheduled connectors are stale (<c>hub_connectors_stale</c>) and,
/// per connector, whether it is (<c>hub_connector_stale{connector="..."}</c>, 0 or 1) so an alert can name it. Both read
/// the monitor's latest assessment: a scrape never waits for the database.
/// </summary>
public sealed class ConnectorStalenessMetrics
{
    /// <summary>The meter's name, for a host that exports it.</summary>
    public const string MeterName = "Hub.Connectors";

    /// <summary>Creates the gauges on a meter from <paramref name="meterFactory"/>, reading <paramref name="monitor"/>.</summary>
    public ConnectorStalenessMetrics(IMeterFactory meterFactory, ConnectorStalenessMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(monitor);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(
            "hub.connectors.stale",
            () => monitor.Latest is { } report ? [new Measurement<int>(report.Stale.Count)] : Array.Empty<Measurement<int>>(),
            "{connector}",
            "Scheduled, unpaused connectors with no successful sync within Hub:Health:StaleAfterIntervals schedule intervals.");
        meter.CreateObservableGauge(
            "hub.connector.stale",
            () => PerConnector(monitor.Latest),
            unit: null,
            "1 when the connector is stale, 0 when it is scheduled and not stale (paused connectors are 0).");
    }

    // Nothing before the first assessment: a 0 then would claim every connector is fine before anyone looked.
    private static IEnumerable<Measurement<int>> PerConnector(ConnectorStalenessReport? report)
    {
        if (report is null)
        {
            return [];
        }

        var stale = report.Stale.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return report.Watched.Concat(report.Paused)
            .Select(id => new Measurement<int>(stale.Contains(id) ? 1 : 0, new KeyValuePair<string, object?>("connector", id)))
            .ToList();
    }
}
