using System.Diagnostics.Metrics;
using Hub.Core.Model;

namespace Hub.Pipeline.Runs;

/// <summary>
/// The sync meter (<c>Hub.Sync</c>): records ingested, runs with their outcomes and durations, retries, quarantine and
/// identity resolution, exported at <c>/metrics</c> by the host (e.g. <c>hub_sync_records_total</c>).
/// </summary>
public sealed class SyncMetrics
{
    /// <summary>The meter's name, for a host that exports it.</summary>
    public const string MeterName = "Hub.Sync";

    private readonly Counter<long> _records;
    private readonly Counter<long> _quarantined;
    private readonly Counter<long> _runs;
    private readonly Histogram<double> _runDuration;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _resolutionDuration;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>.</summary>
    public SyncMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _records = meter.CreateCounter<long>("hub.sync.records", "{record}", "Records stored by syncs, imports and pushes, by connector, source and result.");
        _quarantined = meter.CreateCounter<long>("hub.quarantine.items", "{item}", "Input kept in quarantine with a reason instead of being stored.");
        _runs = meter.CreateCounter<long>("hub.sync.runs", "{run}", "Finished connector syncs, by outcome.");
        _runDuration = meter.CreateHistogram<double>("hub.sync.run.duration", "s", "How long connector syncs took, retries included.");
        _retries = meter.CreateCounter<long>("hub.sync.retries", "{retry}", "Retries of connector syncs after transient failures.");
        _resolutionDuration = meter.CreateHistogram<double>("hub.resolution.duration", "s", "How long identity resolutions took, by scope: all records or the changes.");
    }

    /// <summary>Counts what one committed batch did; <paramref name="connectorId"/> is null for a one-off import.</summary>
    public void RecordBatch(string? connectorId, string source, RunCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var connector = new KeyValuePair<string, object?>("connector", connectorId ?? "");
        var from = new KeyValuePair<string, object?>("source", source);
        _records.Add(counts.Inserted, connector, from, Result("inserted"));
        _records.Add(counts.Updated, connector, from, Result("updated"));
        _records.Add(counts.Unchanged, connector, from, Result("unchanged"));
        _records.Add(counts.Quarantined, connector, from, Result("quarantined"));
        _quarantined.Add(counts.Quarantined, connector, from);
    }

    /// <summary>Counts one retry of a sync of <paramref name="connectorId"/>.</summary>
    public void RecordRetry(string connectorId) => _retries.Add(1, new KeyValuePair<string, object?>("connector", connectorId));

    /// <summary>Counts one finished sync of <paramref name="connectorId"/> and how long it took.</summary>
    public void RecordRun(string connectorId, RunOutcome outcome, TimeSpan duration)
    {
        var connector = new KeyValuePair<string, object?>("connector", connectorId);
        var ended = new KeyValuePair<string, object?>("outcome", OutcomeName(outcome));
        _runs.Add(1, connector, ended);
        _runDuration.Record(duration.TotalSeconds, connector, ended);
    }

    /// <summary>Records how long one identity resolution took; <paramref name="incremental"/> when it resolved only the changes.</summary>
    public void RecordResolution(bool incremental, TimeSpan duration) =>
        _resolutionDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("scope", incremental ? "changes" : "all"));

    /// <summary>The outcome as a label value: <c>succeeded</c>, <c>failed</c>, <c>timed_out</c>...</summary>
    public static string OutcomeName(RunOutcome outcome) => outcome switch
    {
        RunOutcome.TimedOut => "timed_out",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private static KeyValuePair<string, object?> Result(string result) => new("result", result);
}
