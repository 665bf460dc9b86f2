namespace Hub.Testing;

/// <summary>Where the tests find things the build lays out: the repository root and other projects' outputs.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding Hub.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration these tests were built with (Debug or Release), so outputs of the same build are used.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The output folder of a project, e.g. <c>OutputOf("tests/plugins/Hub.TestPlugins.Broken")</c>.</summary>
    public static string OutputOf(string projectFolder) =>
        Path.Combine(Root, projectFolder, "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Hub.sln not found above the test folder; run the tests from a checkout of the repository");
    }
}
