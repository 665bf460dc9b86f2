using System.Runtime.CompilerServices;
using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>Reads one file into batches, each with the checkpoint that resumes right after it.</summary>
internal static class FileBatches
{
    /// <param name="file">The file to read.</param>
    /// <param name="settings">The instance's settings.</param>
    /// <param name="resumeAfterRow">The last row already stored (0 to read the whole file).</param>
    /// <param name="doneBefore">The files finished before this one, carried in every checkpoint.</param>
    /// <param name="cancellationToken">Stops reading between rows.</param>
    public static async IAsyncEnumerable<RecordBatch> ReadAsync(
        SourceFile file,
        FileSettings settings,
        long resumeAfterRow,
        IReadOnlyList<FileStamp> doneBefore,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = new List<SourceRecord>();
        var rejected = new List<RejectedRecord>();
        using (var csv = CsvFile.Open(file.FullPath))
        {
            await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            // A file with no header at all (e.g. one still being created) has no rows; an empty batch marks it done.
            if (csv.Header.Count > 0)
            {
                var layout = HeaderLayout.Resolve(csv.Header, settings.Map, settings.Stream, file.Stamp.Name);
                var converter = new RowConverter(layout, file.Stamp.Name, settings.DefaultKind);
                while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (csv.Row <= resumeAfterRow || csv.IsBlank) continue;
                    converter.Convert(csv, records, rejected);
                    if (records.Count + rejected.Count < settings.BatchSize) continue;

                    cancellationToken.ThrowIfCancellationRequested();
                    var progress = new FilesCheckpoint(doneBefore, new FileProgress(file.Stamp, csv.Row));
                    yield return new RecordBatch(records, progress.ToCheckpoint()) { Rejected = rejected };
                    records = [];
                    rejected = [];
                }
            }
        }

        var finished = new FilesCheckpoint([.. doneBefore, file.Stamp], null);
        yield return new RecordBatch(records, finished.ToCheckpoint()) { Rejected = rejected };
    }
}
