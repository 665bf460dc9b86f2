using Hub.Contracts;
using Hub.Core.Model;
using Hub.Core.Storage;
using Hub.Pipeline.Privacy;

namespace Hub.Pipeline.Ingest;

/// <summary>
/// Turns what a connector produced (read by a sync or pushed over HTTP) into a batch the store commits: every record
/// validated, and the connector's rejects plus the records that fail validation kept in quarantine with their reasons.
/// One place, so a pushed record is held to exactly the rule a synced one is. Records of erased people (on the
/// suppression list), and rejects holding an erased e-mail, are left out first: counted, and kept nowhere, not even in
/// quarantine.
/// </summary>
public sealed class BatchPreparer(RecordValidator validator)
{
    /// <summary>The batch to commit for run <paramref name="runId"/>; a null <paramref name="connectorId"/> leaves every checkpoint where it is.</summary>
    public IngestBatch Prepare(RecordBatch batch, long runId, string? connectorId, string source, SuppressionFilter suppressions)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(suppressions);
        var accepted = new List<SourceRecord>(batch.Records.Count);
        var quarantined = new List<QuarantineItem>(batch.Rejected.Count);
        var suppressed = 0;
        foreach (var rejected in batch.Rejected)
        {
            if (suppressions.SuppressesRaw(rejected.RawPayload))
            {
                suppressed++;
                continue;
            }

            quarantined.Add(new QuarantineItem
            {
                RunId = runId, Source = source, Stream = rejected.Stream, Position = rejected.Position,
                RawPayload = rejected.RawPayload, Reason = rejected.Reason,
            });
        }

        foreach (var record in batch.Records)
        {
            if (suppressions.Suppresses(source, record))
            {
                suppressed++;
                continue;
            }

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

        return new IngestBatch(runId, connectorId, source, accepted, quarantined, batch.Checkpoint, batch.Records.Count + batch.Rejected.Count)
        {
            Suppressed = suppressed,
        };
    }
}
