using System.Globalization;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>What <c>hub connectors check</c> says about an instance: the files it would read, and whether they are CDRs.</summary>
internal static class CdrCheck
{
    public static async Task<CheckResult> RunAsync(ISettings settings, CancellationToken cancellationToken)
    {
        string? path = null;
        try
        {
            path = CallCenterSettings.ReadPath(settings);
            var options = CallOptions.Read(settings);
            CallCenterSettings.ReadBatchSize(settings);
            var pushes = string.IsNullOrWhiteSpace(settings.Get(CallCenterSettings.IngestToken))
                ? $"; pushes are refused until {CallCenterSettings.IngestToken} is set"
                : "";

            var files = CdrFiles.List(path);
            if (files.Count == 0)
            {
                return CheckResult.Success($"no CDR files in {path} yet; Master.csv is read once Asterisk writes it{pushes}");
            }

            long lines = 0;
            foreach (var file in files) lines += await CountLinesAsync(file, cancellationToken).ConfigureAwait(false);
            var counted = string.Create(CultureInfo.InvariantCulture,
                $"{files.Count} CDR file{(files.Count == 1 ? "" : "s")}, {lines:N0} complete line{(lines == 1 ? "" : "s")}");

            var first = files.FirstOrDefault(f => FileProbe.Read(f) is not null);
            if (first is null) return CheckResult.Success($"{counted}; no call written yet{pushes}");

            var line = await FirstLineAsync(first, cancellationToken).ConfigureAwait(false);
            var values = new string[CdrColumns.Count];
            var problem = CdrFields.FillFromLine(line, values)
                ?? (new PbxClock(options.TimeZone).TryParse(values[(int)CdrColumn.Start], out _)
                    ? null
                    : $"its start '{values[(int)CdrColumn.Start]}' is not a time");
            return problem is null
                ? CheckResult.Success($"{counted}; the first line of {first.Name} is an Asterisk CDR{pushes}")
                : CheckResult.Failure($"{counted}, but the first line of {first.Name} is not an Asterisk cdr_csv record: {problem}. " +
                    $"Point {CallCenterSettings.Path} at Asterisk's cdr-csv/Master.csv (no header row, {CdrColumns.StandardNames})");
        }
        catch (InvalidSettingException e)
        {
            return CheckResult.Failure(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CheckResult.Failure($"cannot read {path}: {e.Message}");
        }
    }

    private static async Task<long> CountLinesAsync(CdrFile file, CancellationToken cancellationToken)
    {
        await using var stream = FileProbe.Open(file.FullPath);
        var buffer = new byte[64 * 1024];
        long lines = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines;
    }

    private static async Task<string> FirstLineAsync(CdrFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(FileProbe.Open(file.FullPath));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        while (line is { Length: 0 });

        return line ?? "";
    }
}
