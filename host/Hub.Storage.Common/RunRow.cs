using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>A row of the runs table as Dapper reads it, shared by the ingest stores and the run queries of both engines.</summary>
public sealed class RunRow
{
    /// <summary>The select list that fills a <see cref="RunRow"/>.</summary>
    public const string Columns =
        "id AS Id, connector_id AS ConnectorId, source AS Source, trigger AS Trigger, started_at AS StartedAt, " +
        "finished_at AS FinishedAt, outcome AS Outcome, error AS Error, read AS Read, inserted AS Inserted, updated AS Updated, " +
        "unchanged AS Unchanged, warned AS Warned, quarantined AS Quarantined, suppressed AS Suppressed, retries AS Retries, " +
        "retry_error AS RetryError, resolution_error AS ResolutionError, node AS Node, heartbeat_at AS HeartbeatAt";

    public long Id { get; set; }
    public string? ConnectorId { get; set; }
    public string Source { get; set; } = "";
    public string Trigger { get; set; } = "";
    public string StartedAt { get; set; } = "";
    public string? FinishedAt { get; set; }
    public string Outcome { get; set; } = "";
    public string? Error { get; set; }
    public long Read { get; set; }
    public long Inserted { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Warned { get; set; }
    public long Quarantined { get; set; }
    public long Suppressed { get; set; }
    public long Retries { get; set; }
    public string? RetryError { get; set; }
    public string? ResolutionError { get; set; }
    public string? Node { get; set; }
    public string? HeartbeatAt { get; set; }

    public SyncRun ToRun() => new()
    {
        Id = Id,
        ConnectorId = ConnectorId,
        Source = Source,
        Trigger = Trigger,
        StartedAt = IsoText.ParseTimestamp(StartedAt),
        FinishedAt = IsoText.ParseTimestampOrNull(FinishedAt),
        Outcome = Enum.Parse<RunOutcome>(Outcome),
        Error = Error,
        Counts = new RunCounts
        {
            Read = Read,
            Inserted = Inserted,
            Updated = Updated,
            Unchanged = Unchanged,
            Warned = Warned,
            Quarantined = Quarantined,
            Suppressed = Suppressed,
        },
        Retries = (int)Retries,
        RetryError = RetryError,
        ResolutionError = ResolutionError,
        Node = Node,
        HeartbeatAt = IsoText.ParseTimestampOrNull(HeartbeatAt),
    };
}
