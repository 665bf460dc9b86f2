using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary>
/// A plugin's own dependencies load in its own context: a plugin built on Polly 7 and Quartz 3 runs inside the hub, which
/// uses Polly 8 and Quartz 4, on its own versions (its connector fails if it is given the hub's).
/// </summary>
public sealed class PluginIsolationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_plugin_on_other_major_versions_of_the_hubs_libraries_loads_and_syncs_on_its_own_versions()
    {
        var hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        hub.InstallPlugin("tests/plugins/Hub.TestPlugins.OwnDependencies", "own-dependencies");

        var plugins = (await hub.RunAsync("plugins")).AssertSuccess().Stdout;
        Assert.Contains(plugins.Split('\n'), l => l.StartsWith("own-dependencies ", StringComparison.Ordinal) && l.Contains("loaded", StringComparison.Ordinal));
        (await hub.RunAsync("connectors", "add", "own", "--plugin", "own-dependencies")).AssertSuccess();
        var sync = (await hub.RunAsync("sync", "own")).AssertSuccess();

        Assert.Contains("1 read: 1 new", sync.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
