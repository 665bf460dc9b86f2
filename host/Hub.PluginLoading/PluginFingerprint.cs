using System.Globalization;
using System.Text;

namespace Hub.PluginLoading;

/// <summary>The names, sizes and write times of a plugin folder's files: a rebuild changes it, a mere look does not.</summary>
internal static class PluginFingerprint
{
    public static string Of(string directory)
    {
        if (!Directory.Exists(directory)) return "";
        var text = new StringBuilder();
        try
        {
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(directory, file.FullName)}\t{file.Length}\t{file.LastWriteTimeUtc.Ticks}\n");
            }
        }
        catch (IOException)
        {
            // Files came and went while it looked (a build is writing): unlike any fingerprint, so the folder is loaded again.
            return Guid.NewGuid().ToString();
        }

        return text.ToString();
    }
}
