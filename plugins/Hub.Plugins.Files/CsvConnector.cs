using System.Globalization;
using System.Runtime.CompilerServices;
using Hub.Contracts;
using Microsoft.Extensions.Logging;

namespace Hub.Plugins.Files;

/// <summary>
/// Reads customers or orders from one CSV file, or from every CSV file dropped into a folder (each file once,
/// in name order; a replaced file is read again). Behind <c>hub import</c> and scheduled <c>files</c> connectors.
/// </summary>
public sealed class CsvConnector : IConnector
{
    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(FileSettings.PathName, "A CSV file, or a folder whose matching files are read in name order, each once", Required: true, Type: SettingType.Path),
        new(FileSettings.StreamName, "customers, orders, or auto: orders when the header has order_id, else customers", Default: "auto"),
        new(ColumnMap.SettingName, $"Renames CSV columns to canonical fields, as column=field,...; fields: {CanonicalFields.ValidNames}", Type: SettingType.List),
        new(FileSettings.PatternName, "Which files of a folder to read", Default: FileSettings.DefaultPattern),
        new(FileSettings.BatchSizeName, "Rows per batch; each batch is stored with its checkpoint", Type: SettingType.Integer,
            Default: FileSettings.DefaultBatchSize.ToString(CultureInfo.InvariantCulture)),
        new(FileSettings.KindName, $"The customer kind for files without a kind column: {CustomerKinds.ValidNames}", Default: "person"),
    ];

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        FileSettings? settings = null;
        try
        {
            settings = FileSettings.Read(context.Settings);
            var files = SourceFile.List(settings);
            if (files.Count == 0)
            {
                return CheckResult.Success(
                    $"no files matching {settings.Pattern} in {settings.Path} yet; files dropped there are read by the next sync");
            }

            long rows = 0;
            var streams = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                using var csv = CsvFile.Open(file.FullPath);
                await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
                if (csv.Header.Count == 0) continue;
                var layout = HeaderLayout.Resolve(csv.Header, settings.Map, settings.Stream, file.Stamp.Name);
                streams.Add(layout.Stream == RecordStream.Orders ? "orders" : "customers");
                while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!csv.IsBlank) rows++;
                }
            }

            var fileCount = files.Count == 1 ? "1 csv file" : $"{files.Count} csv files";
            return CheckResult.Success(string.Create(CultureInfo.InvariantCulture,
                $"{fileCount}, {rows:N0} rows ({string.Join(" and ", streams.DefaultIfEmpty("empty"))})"));
        }
        catch (InvalidSettingException e)
        {
            return CheckResult.Failure(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CheckResult.Failure($"cannot read {settings?.Path}: {e.Message}");
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RecordBatch> ReadAsync(
        ConnectorContext context,
        Checkpoint checkpoint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var settings = FileSettings.Read(context.Settings);
        var state = FilesCheckpoint.Parse(checkpoint);
        var files = SourceFile.List(settings);

        // Files that were deleted or replaced since drop out of the list, so a replaced file is read again.
        var present = files.Select(f => f.Stamp).ToHashSet();
        var done = state.Done.Where(present.Contains).ToList();
        var skip = done.ToHashSet();

        foreach (var file in files)
        {
            if (skip.Contains(file.Stamp)) continue;
            var resumeAfter = state.Current is { } current && current.File == file.Stamp ? current.Row : 0;
            if (resumeAfter > 0) context.Logger.LogInformation("Resuming {File} after row {Row}", file.Stamp.Name, resumeAfter);
            else context.Logger.LogInformation("Reading {File}", file.Stamp.Name);
            await foreach (var batch in FileBatches.ReadAsync(file, settings, resumeAfter, [.. done], cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }

            done.Add(file.Stamp);
        }
    }
}
