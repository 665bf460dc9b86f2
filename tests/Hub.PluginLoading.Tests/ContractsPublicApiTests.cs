using Hub.Contracts;
using Hub.Testing;
using PublicApiGenerator;

namespace Hub.PluginLoading.Tests;

/// <summary>
/// Hub.Contracts is what every plugin is compiled against, so a change to its public surface is a change for every plugin
/// author: it shows up as a change to <c>Hub.Contracts.approved.txt</c> in review. A removed or changed member needs a new
/// major version, an added one a new minor (the version in Hub.Contracts.csproj and the plugins' contractsVersion).
/// To accept a change, copy <c>Hub.Contracts.received.txt</c> over the approved file.
/// </summary>
public sealed class ContractsPublicApiTests
{
    private const string Approved = "Hub.Contracts.approved.txt";
    private const string Received = "Hub.Contracts.received.txt";

    [Fact]
    public void The_public_surface_of_Hub_Contracts_matches_the_approved_one()
    {
        var printed = Normalize(typeof(IHubPlugin).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var folder = Path.Combine(RepoPaths.Root, "tests", "Hub.PluginLoading.Tests");
        var approvedPath = Path.Combine(folder, Approved);
        var receivedPath = Path.Combine(folder, Received);
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : "";
        if (printed == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, printed);
        Assert.Fail($"The public API of Hub.Contracts differs from {Approved}. The new one is in {Received} beside it " +
            $"(tests/Hub.PluginLoading.Tests); diff the two, and if the change is intended, version it (a removed or changed member " +
            $"is a new major version, an added one a new minor) and copy {Received} over {Approved}.");
    }

    [Fact]
    public void Every_bundled_plugin_is_built_for_the_contracts_version_the_hub_provides()
    {
        var provided = typeof(IHubPlugin).Assembly.GetName().Version!;
        var manifests = Directory.GetFiles(Path.Combine(RepoPaths.Root, "plugins"), "plugin.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(manifests);
        foreach (var path in manifests)
        {
            using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            var wanted = manifest.RootElement.GetProperty("contractsVersion").GetString()!;
            Assert.True(Version.Parse(wanted) is { } v && v.Major == provided.Major && v.Minor == provided.Minor,
                $"{Path.GetRelativePath(RepoPaths.Root, path)} declares contractsVersion {wanted}; the hub provides {provided.ToString(3)}");
        }
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
