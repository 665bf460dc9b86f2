using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary>
/// A plugin author's afternoon, through public commands only: pack the contracts and the conformance kit into a folder
/// feed, install the template, create a connector plugin from it, build it and run its conformance tests, publish it into a
/// running hub's plugins folder (<c>hub serve --watch-plugins</c>), add a connector instance of it and sync, then rebuild it
/// into the running hub twice: a new version replaces the old one, and a broken one is refused while the old one keeps
/// running. It restores packages from NuGet as an author's machine does, into a package folder of its own, so the
/// contracts packed now are the ones used.
/// </summary>
public sealed class PluginTemplateTests : IDisposable
{
    private readonly TempFolder _work = new();

    [Fact]
    public async Task A_plugin_made_from_the_template_passes_the_kit_syncs_in_a_running_hub_and_is_replaced_there_by_its_rebuild_but_not_by_a_broken_one()
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

        // Into a running hub, which loads it, and each rebuild after it, from its plugins folder.
        var hub = new HubProcess(Path.Combine(_work.Path, "hub-data"));
        var key = (await hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;
        await using var server = await hub.ServeAsync("--watch-plugins");
        var installed = Path.Combine(hub.DataDirectory, "plugins", "acme.crm");
        (await DotnetAsync(plugin, "publish", "src/Acme.Crm", "-o", installed)).AssertSuccess();
        Assert.Equal(("1.0.0", "LOADED", null), await PluginShownAsync(server, key, until: p => p.Version == "1.0.0"));

        var customers = _work.Write("customers.jsonl", """
            {"id": "A-1", "name": "Ada Lovelace", "email": "ada@example.com"}
            {"id": "A-2", "name": "Alan Turing"}
            not a customer
            """);
        (await hub.RunAsync("connectors", "add", "crm", "--plugin", "acme.crm", "--set", $"path={customers}")).AssertSuccess();
        var sync = (await hub.RunAsync("sync", "crm")).AssertSuccess();
        Assert.Contains("Synced by the serving hub", sync.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 read: 2 new", sync.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 quarantined", sync.Stdout, StringComparison.Ordinal);

        // A new version, rebuilt into the running hub: it is loaded in place of the old one, and its code is what syncs now.
        var source = Path.Combine(plugin, "src", "Acme.Crm");
        Edit(Path.Combine(source, "plugin.json"), "\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"");
        Edit(Path.Combine(source, "SampleConnector.cs"), "FullName = Text(root, \"name\"),", "FullName = Text(root, \"name\")?.ToUpperInvariant(),");
        (await DotnetAsync(plugin, "publish", "src/Acme.Crm", "-o", installed)).AssertSuccess();
        Assert.Equal(("1.1.0", "LOADED", null), await PluginShownAsync(server, key, until: p => p.Version == "1.1.0"));
        Assert.Contains("3 read: 0 new, 2 updated", (await hub.RunAsync("sync", "crm", "--full")).AssertSuccess().Stdout, StringComparison.Ordinal);

        // A broken rebuild is refused, says why, and the version before it keeps syncing.
        Edit(Path.Combine(source, "plugin.json"), "\"version\": \"1.1.0\"", "\"version\": \"1.2.0\"");
        Edit(Path.Combine(source, "SamplePlugin.cs"), "registry.AddConnector(new SampleConnector());", "throw new InvalidOperationException(\"broken on purpose\");");
        (await DotnetAsync(plugin, "publish", "src/Acme.Crm", "-o", installed)).AssertSuccess();
        var (version, status, reloadError) = await PluginShownAsync(server, key, until: p => p.ReloadError is not null);
        Assert.Equal(("1.1.0", "LOADED"), (version, status));
        Assert.Matches("version 1.2.0 .*broken on purpose.*1.1.0 keeps running", reloadError);
        Assert.Contains("3 read: 0 new, 0 updated, 2 unchanged", (await hub.RunAsync("sync", "crm", "--full")).AssertSuccess().Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_package_installs_and_creates_the_same_connector_plugin()
    {
        var feed = Path.Combine(_work.Path, "feed");
        (await DotnetAsync(RepoPaths.Root, "pack", "templates/Hub.Templates", "-c", "Release", "-o", feed)).AssertSuccess();
        var package = Assert.Single(Directory.GetFiles(feed, "Hub.Templates.*.nupkg"));

        var hive = Path.Combine(_work.Path, "templates-hive");
        (await DotnetAsync(_work.Path, "new", "install", package, "--debug:custom-hive", hive)).AssertSuccess();
        (await DotnetAsync(_work.Path, "new", "hub-connector", "-n", "Acme.Billing", "-o", "Acme.Billing", "--hubPackages", feed, "--debug:custom-hive", hive))
            .AssertSuccess();

        var created = Path.Combine(_work.Path, "Acme.Billing");
        var fromFolder = Path.Combine(RepoPaths.Root, "templates", "Hub.Templates", "content", "hub-connector");
        Assert.Equal(
            Files(fromFolder).Where(f => !f.StartsWith(".template.config", StringComparison.Ordinal)).Select(f => f.Replace("Hub.Connector1", "Acme.Billing", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
            Files(created));
        Assert.Contains("\"id\": \"acme.billing\"", File.ReadAllText(Path.Combine(created, "src", "Acme.Billing", "plugin.json")), StringComparison.Ordinal);
        Assert.Contains(feed, File.ReadAllText(Path.Combine(created, "nuget.config")), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    // What the running hub's plugins query shows for acme.crm, once it shows what is awaited (or after 60 s).
    private static async Task<(string? Version, string? Status, string? ReloadError)> PluginShownAsync(RunningHub hub, string key, Func<(string? Version, string? ReloadError), bool> until)
    {
        (string? Version, string? Status, string? ReloadError) shown = default;
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var plugins = (await hub.QueryAsync("{ plugins { id version status reloadError } }", key)).GetProperty("plugins").EnumerateArray();
            var crm = plugins.FirstOrDefault(p => p.GetProperty("id").GetString() == "acme.crm");
            if (crm.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                shown = (crm.GetProperty("version").GetString(), crm.GetProperty("status").GetString(), crm.GetProperty("reloadError").GetString());
                if (until((shown.Version, shown.ReloadError))) return shown;
            }

            await Task.Delay(500);
        }

        return shown;
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => _work.Dispose();

    private Task<CommandResult> DotnetAsync(string directory, params string[] args) =>
        new DotnetCli(Path.Combine(_work.Path, "packages")).RunAsync(directory, args);
}
