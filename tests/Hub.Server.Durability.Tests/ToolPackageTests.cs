using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary>
/// The hub as a .NET tool: packed from its build, installed with <c>dotnet tool install</c> from a folder, it runs as
/// <c>hub</c> with every bundled plugin inside it.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _work = new();

    [Fact]
    public async Task The_packed_tool_installs_as_hub_with_its_bundled_plugins_and_imports()
    {
        var dotnet = new DotnetCli(Path.Combine(_work.Path, "packages"));
        var feed = Path.Combine(_work.Path, "feed");
        // From the build the tests run on (no second build), like `dotnet pack host/Hub.Server -o FOLDER` after a build.
        (await dotnet.RunAsync(RepoPaths.Root, "pack", "host/Hub.Server", "-c", RepoPaths.Configuration, "--no-build", "-o", feed)).AssertSuccess();
        // Only the folder as a source, so no package of the same name elsewhere is taken instead.
        var config = _work.Write("nuget.config", $"""
            <configuration><packageSources><clear /><add key="feed" value="{feed}" /></packageSources></configuration>
            """);
        var tools = Path.Combine(_work.Path, "tools");
        (await dotnet.RunAsync(_work.Path, "tool", "install", "hub", "--tool-path", tools, "--configfile", config)).AssertSuccess();

        var data = Path.Combine(_work.Path, "data");
        var plugins = (await RunToolAsync(dotnet, tools, "plugins", "--data-dir", data)).AssertSuccess().Stdout;
        foreach (var id in new[] { "files", "commerce", "callcenter", "github", "mobile", "mining" })
        {
            Assert.Contains(plugins.Split('\n'), l => l.StartsWith(id + " ", StringComparison.Ordinal) && l.Contains("loaded", StringComparison.Ordinal) && l.Contains("bundled", StringComparison.Ordinal));
        }

        var csv = _work.Write("customers.csv", SampleCsv.Customers);
        var import = (await RunToolAsync(dotnet, tools, "import", "customers", csv, "--source", "shop", "--data-dir", data)).AssertSuccess();
        Assert.Contains("new", import.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();

    // The command the install put in the tool path, as a user's shell runs it.
    private static Task<CommandResult> RunToolAsync(DotnetCli dotnet, string tools, params string[] args) =>
        dotnet.RunProgramAsync(Path.Combine(tools, "hub"), tools, args);
}
