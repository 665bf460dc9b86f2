namespace Hub.Testing;

/// <summary>
/// Where the public benchmark files are. They are not part of the repository (licences and size), so a test that
/// needs them is skipped, not failed, when they are absent.
/// </summary>
internal static class BenchmarkData
{
    public const string Variable = "HUB_SHARED_DATA";

    /// <summary>$HUB_SHARED_DATA, else <c>shared/data</c> beside the clone.</summary>
    public static string Folder { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data"));

    /// <summary>The full path of a benchmark file, e.g. <c>File("febrl/dataset1.csv")</c>; skips the test when it is missing.</summary>
    public static string File(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, relativePath));
        if (!System.IO.File.Exists(path))
            Assert.Skip($"benchmark data not found at {path}; set {Variable} or put shared/data beside the clone");
        return path;
    }
}
