using Hub.Contracts;

namespace Hub.Plugins.CallCenter;

/// <summary>
/// Which files the <c>path</c> setting names. logrotate renames Asterisk's <c>Master.csv</c> to <c>Master.csv.1</c> or
/// <c>Master.csv-20240305</c>; those copies are read too, so lines written just before a rotation are not lost.
/// Compressed copies are not: they were read before they were compressed.
/// </summary>
internal static class CdrFiles
{
    private const string Extension = ".csv";

    private static readonly string[] CompressedExtensions = [".gz", ".bz2", ".xz", ".zst", ".zip", ".lz4", ".z"];

    /// <summary>The file and its rotated copies, or the CDR files of the folder; in name order.</summary>
    /// <exception cref="InvalidSettingException">when the path is neither a file nor a folder.</exception>
    public static IReadOnlyList<CdrFile> List(string path)
    {
        if (File.Exists(path))
        {
            var file = new FileInfo(path);
            return file.Directory!.EnumerateFiles()
                .Where(f => f.Name == file.Name || (f.Name.StartsWith(file.Name, StringComparison.Ordinal) && IsRotationSuffix(f.Name.AsSpan(file.Name.Length))))
                .Select(f => new CdrFile(f.FullName, f.Name))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
        }

        if (Directory.Exists(path))
        {
            return new DirectoryInfo(path).EnumerateFiles()
                .Where(f => IsCdrFileName(f.Name))
                .Select(f => new CdrFile(f.FullName, f.Name))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
        }

        throw new InvalidSettingException(CallCenterSettings.Path,
            $"file or folder not found: {path} — give Asterisk's Master.csv (in the cdr-csv folder of its log directory), " +
            $"or that folder, with --set {CallCenterSettings.Path}=...");
    }

    private static bool IsCdrFileName(string name)
    {
        // Editors' and tools' hidden files (".Master.csv.swp") are not CDRs.
        if (name.StartsWith('.')) return false;
        var extension = name.LastIndexOf(Extension, StringComparison.OrdinalIgnoreCase);
        if (extension <= 0) return false;
        var rest = name.AsSpan(extension + Extension.Length);
        return rest.IsEmpty || IsRotationSuffix(rest);
    }

    // ".1", "-20240305", ".2024-03-05": what logrotate appends.
    private static bool IsRotationSuffix(ReadOnlySpan<char> suffix)
    {
        if (suffix.Length < 2 || suffix[0] is not ('.' or '-')) return false;
        foreach (var compressed in CompressedExtensions)
        {
            if (suffix.EndsWith(compressed, StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }
}
