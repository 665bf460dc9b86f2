using Hub.Core.Model;

namespace Hub.Storage.Common;

/// <summary>A row of the quarantine table as Dapper reads it, shared by the ingest stores and the run queries of both engines.</summary>
public sealed class QuarantineRow
{
    /// <summary>The select list that fills a <see cref="QuarantineRow"/>.</summary>
    public const string Columns =
        "id AS Id, run_id AS RunId, source AS Source, stream AS Stream, position AS Position, raw_payload AS RawPayload, " +
        "reason AS Reason, created_at AS CreatedAt, released_run_id AS ReleasedRunId";

    public long Id { get; set; }
    public long RunId { get; set; }
    public string Source { get; set; } = "";
    public string Stream { get; set; } = "";
    public string? Position { get; set; }
    public string RawPayload { get; set; } = "";
    public string Reason { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    public long? ReleasedRunId { get; set; }

    public QuarantineItem ToItem() => new()
    {
        Id = Id,
        RunId = RunId,
        Source = Source,
        Stream = Stream,
        Position = Position,
        RawPayload = RawPayload,
        Reason = Reason,
        CreatedAt = IsoText.ParseTimestamp(CreatedAt),
        ReleasedRunId = ReleasedRunId,
    };
}
