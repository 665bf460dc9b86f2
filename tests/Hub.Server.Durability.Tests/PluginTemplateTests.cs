using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary>
/// A plugin author's afternoon, through public commands only: pack the contracts and the conformance kit into a folder
/// feed, install the template, create a connector plugin from it, build it and run its conformance tests, publish it into a
/// hub's plugins folder, add a connector instance of it and sync. It restores packages from NuGet as an author's machine
/// does, into a package folder of its own, so the contracts packed now are the ones used.
/// </summary>
public sealed class PluginTemplateTests : IDisposable
{
    private readonly TempFolder _work = new();

    [Fact]
    public async Task A_plugin_made_from_the_template_builds_passes_the_conformance_kit_and_syncs_in_a_hub()
    {
        var feed = Path.Combine(_work.Path, "feed");
        foreach (var project in new[] { "contracts/Hub.Contracts", "contracts/Hub.Contracts.Testing" })
        {
            // Release beside the tests' Debug build, and no restore: the solution's restore already holds these projects.
            (await DotnetAsync(RepoPaths.Root, "pack", project, "-c", "Release", "--no-restore", "-o", feed)).AssertSuccess();
        }

        var hive = Path.Combine(_work.Path, "templates-hive");
        (await DotnetAsync(_work.Path, "new", "install", Path.Combine(RepoPaths.Root, "templates", "Hub.Templates", "content", "hub-connector"), "--debug:custom-hive", hive))
            .AssertSuccess();
        (await DotnetAsync(_work.Path, "new", "hub-connector", "-n", "Acme.Crm", "-o", "Acme.Crm", "--hubPackages", feed, "--debug:custom-hive", hive))
            .AssertSuccess();
        var plugin = Path.Combine(_work.Path, "Acme.Crm");

        var tests = (await DotnetAsync(plugin, "test")).AssertSuccess();
        Assert.Contains("Failed:     0, Passed:     9", tests.Stdout, StringComparison.Ordinal);

        var data = Path.Combine(_work.Path, "hub-data");
        (await DotnetAsync(plugin, "publish", "src/Acme.Crm", "-o", Path.Combine(data, "plugins", "acme.crm"))).AssertSuccess();
        var customers = _work.Write("customers.jsonl", """
            {"id": "A-1", "name": "Ada Lovelace", "email": "ada@example.com"}
            {"id": "A-2", "name": "Alan Turing"}
            not a customer
            """);

        var hub = new HubProcess(data);
        var plugins = (await hub.RunAsync("plugins")).AssertSuccess();
        Assert.Matches(@"acme\.crm\s+1\.0\.0\s+.*loaded", plugins.Stdout);
        (await hub.RunAsync("connectors", "add", "crm", "--plugin", "acme.crm", "--set", $"path={customers}")).AssertSuccess();
        var sync = (await hub.RunAsync("sync", "crm")).AssertSuccess();
        Assert.Contains("3 read: 2 new", sync.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 quarantined", sync.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();

    private Task<CommandResult> DotnetAsync(string directory, params string[] args) =>
        new DotnetCli(Path.Combine(_work.Path, "packages")).RunAsync(directory, args);
}
