namespace Hub.Plugins.Mining.Tests;

/// <summary>
/// The benchmark data kept beside the repository (never inside it): the folder named by HUB_SHARED_DATA, or the first
/// <c>shared/data</c> found walking up from the test binaries.
/// </summary>
internal static class SharedData
{
    public const string EnvironmentVariable = "HUB_SHARED_DATA";

    /// <summary>The path of <paramref name="relativePath"/> under the shared data, or a skip saying what is missing.</summary>
    public static string Require(string relativePath)
    {
        var folder = Locate();
        if (folder is null)
        {
            Assert.Skip($"benchmark data not found: set {EnvironmentVariable} or place shared/data above the repository");
        }

        var path = Path.Combine(folder, relativePath);
        if (!File.Exists(path)) Assert.Skip($"benchmark file {relativePath} not found under {folder}");
        return path;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return Directory.Exists(configured) ? configured : null;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
