using Hub.Contracts;

namespace Hub.Plugins.Files;

/// <summary>A CSV file to read: where it is and how it looks now.</summary>
internal sealed record SourceFile(string FullPath, FileStamp Stamp)
{
    private static readonly EnumerationOptions Matching = new()
    {
        // Exports arrive as .CSV as often as .csv.
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
    };

    /// <summary>The file the path names, or the files in the folder it names that match the pattern, in name order.</summary>
    /// <exception cref="InvalidSettingException">when the path is neither a file nor a folder.</exception>
    public static IReadOnlyList<SourceFile> List(FileSettings settings)
    {
        if (File.Exists(settings.Path)) return [From(new FileInfo(settings.Path))];
        if (!Directory.Exists(settings.Path))
        {
            throw new InvalidSettingException(FileSettings.PathName,
                $"file not found: {settings.Path} — give a file or folder with --set {FileSettings.PathName}=...");
        }

        return new DirectoryInfo(settings.Path).EnumerateFiles(settings.Pattern, Matching)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(From)
            .ToList();
    }

    private static SourceFile From(FileInfo file) =>
        new(file.FullName, new FileStamp(file.Name, file.Length, file.LastWriteTimeUtc.Ticks));
}
