namespace Hub.Plugins.Mining.Tests.Doubles;

/// <summary>
/// The shared public data sets (not in the repository): from HUB_SHARED_DATA, or a <c>shared/data</c> folder above the
/// test's folder.
/// </summary>
public static class SharedData
{
    public const string EnvironmentVariable = "HUB_SHARED_DATA";

    /// <summary>The path of a file in the shared data, or null when it is not on this machine.</summary>
    public static string? Find(string relativePath)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var candidate = Path.Combine(fromEnvironment, relativePath);
            return File.Exists(candidate) ? candidate : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relativePath);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }
}
