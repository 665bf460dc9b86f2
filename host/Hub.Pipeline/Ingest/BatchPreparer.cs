using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// Turns what a connector produced (read by a sync or pushed over HTTP) into a batch the store commits: every record
/// validated, and the connector's rejects plus the records that fail validation kept in quarantine with their reasons.
/// One place, so a pushed record is held to exactly the rule a synced one is.
/// </summary>
public sealed class BatchPreparer(RecordValidator validator)
{
    /// <summary>The batch to commit for run <paramref name="runId"/>; a null <paramref name="connectorId"/> leaves every checkpoint where it is.</summary>
    public IngestBatch Prepare(RecordBatch batch, long runId, string? connectorId, string source)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var accepted = new List<SourceRecord>(batch.Records.Count);
        var quarantined = new List<QuarantineItem>(batch.Rejected.Count);
        foreach (var rejected in batch.Rejected)
        {
            quarantined.Add(new QuarantineItem
            {
                RunId = runId, Source = source, Stream = rejected.Stream, Position = rejected.Position,
                RawPayload = rejected.RawPayload, Reason = rejected.Reason,
            });
        }

        foreach (var record in batch.Records)
        {
            var result = validator.Validate(record);
            if (result.Record is not null)
            {
                accepted.Add(result.Record);
                continue;
            }

            quarantined.Add(new QuarantineItem
            {
                RunId = runId, Source = source, Stream = record.Stream, Position = record.Position,
                RawPayload = record.RawPayload ?? record.ToString(), Reason = result.Reason!,
            });
        }

        return new IngestBatch(runId, connectorId, source, accepted, quarantined, batch.Checkpoint, batch.Records.Count + batch.Rejected.Count);
    }
}
