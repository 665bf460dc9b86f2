namespace Hub.Benchmarks;

/// <summary>Where the benchmarks find the repository and the files plugin's build output.</summary>
internal static class BenchmarkPaths
{
    /// <summary>The folder holding Hub.sln: from the working directory first (dotnet run), then from the executable.</summary>
    public static string RepositoryRoot() =>
        FindAbove(Directory.GetCurrentDirectory(), dir => File.Exists(Path.Combine(dir, "Hub.sln")))
        ?? FindAbove(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "Hub.sln")))
        ?? throw new InvalidOperationException("Hub.sln not found above the working directory; run the benchmarks from a checkout of the repository");

    /// <summary>
    /// The folder whose subfolders are plugins (plugins/files/...), laid out by the build beside the executable. BenchmarkDotNet runs
    /// each benchmark from a generated project built below this project's output, so the search walks up from there too.
    /// </summary>
    public static string PluginsFolder() =>
        FindAbove(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "plugins", "files", "plugin.json"))) is { } found
            ? Path.Combine(found, "plugins")
            : throw new InvalidOperationException("plugins/files not found beside the benchmarks; build tests/Hub.Benchmarks, which lays it out");

    /// <summary>A new empty folder under the system's temp folder.</summary>
    public static string NewTempFolder(string purpose)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hub-bench-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? FindAbove(string start, Func<string, bool> match)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (match(dir.FullName)) return dir.FullName;
        }

        return null;
    }
}
