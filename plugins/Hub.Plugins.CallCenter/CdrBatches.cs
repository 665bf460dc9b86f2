using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Microsoft.Extensions.Logging;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// Reads the lines added to CDR files since a checkpoint, in batches. Each batch's checkpoint holds, for every file, the
/// offset just past the last line in that batch or before it, so resuming from it reads every later line once.
/// </summary>
internal static class CdrBatches
{
    public static async IAsyncEnumerable<RecordBatch> ReadAsync(
        IReadOnlyList<CdrFile> files,
        CallOptions options,
        int batchSize,
        Checkpoint checkpoint,
        ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Files without a complete line wait for the next sync; files that are gone drop out of the checkpoint.
        var probes = files.Select(FileProbe.Read).OfType<FileProbe>().ToList();
        var progress = CdrCheckpoint.Parse(checkpoint).Match(probes);
        var converter = new CallConverter(options);
        var batch = new BatchCollector();

        foreach (var probe in probes)
        {
            var name = probe.File.Name;
            var resume = progress.TryGetValue(name, out var known) && probe.CanResumeAt(known.Offset)
                ? known
                : new CdrFileState(name, probe.Head, 0, 0);
            progress[name] = resume;
            if (resume.Offset >= probe.CompleteEnd) continue;

            if (resume.Offset > 0) logger.LogInformation("Reading {File} from line {Line}", name, resume.Line + 1);
            else logger.LogInformation("Reading {File}", name);
            using var range = CdrRange.Open(probe, resume);
            while (await range.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (batch.Count >= batchSize)
                {
                    // The batch ends right before this line: the checkpoint resumes here.
                    progress[name] = resume with { Offset = range.LineOffset, Line = range.LineNumber - 1 };
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return batch.TakeBatch(CdrCheckpoint.Write(progress.Values));
                }

                var position = string.Create(CultureInfo.InvariantCulture, $"{name} line {range.LineNumber}");
                var raw = range.RawText;
                // Each call's fields stay with its records, as their attributes.
                var values = new string[CdrColumns.Count];
                if (range.Fill(values) is { } problem) batch.Reject(position, raw, problem);
                else batch.Add(converter.Convert(values, position, raw), position, raw);
            }

            progress[name] = resume with { Offset = probe.CompleteEnd, Line = range.LinesAtEnd };
        }

        var end = CdrCheckpoint.Write(progress.Values);
        if (batch.Count > 0 || end.Value != checkpoint.Value) yield return batch.TakeBatch(end);
    }
}
