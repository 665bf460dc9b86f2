using Hub.Core.Plugins;
using Hub.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.PluginLoading.Tests;

public sealed class PluginCatalogLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hub-plugins-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void The_files_plugin_loads_from_its_own_folder_and_offers_its_connector()
    {
        Install("Hub.Plugins.Files", RepoPaths.OutputOf("plugins/Hub.Plugins.Files"));
        var catalog = Load();

        var files = Assert.Single(catalog.Plugins);
        Assert.Equal(("files", PluginStatus.Loaded), (files.Id, files.Status));
        var connector = catalog.FindConnector("files");
        Assert.NotNull(connector);
        Assert.Contains(connector.Settings, s => s.Name == "path" && s.Required);
    }

    [Fact]
    public void A_plugin_whose_registration_throws_is_faulted_with_its_message_and_the_others_still_load()
    {
        Install("broken", RepoPaths.OutputOf("tests/plugins/Hub.TestPlugins.Broken"));
        Install("files", RepoPaths.OutputOf("plugins/Hub.Plugins.Files"));
        var catalog = Load();

        var broken = catalog.Plugins.Single(p => p.Id == "broken");
        Assert.Equal(PluginStatus.Faulted, broken.Status);
        Assert.Contains("broken on purpose", broken.Message, StringComparison.Ordinal);
        Assert.Null(catalog.FindConnector("broken"));
        Assert.NotNull(catalog.FindConnector("files"));
    }

    [Fact]
    public void A_plugin_built_for_other_contracts_is_incompatible_and_never_loaded()
    {
        var folder = Install("old", RepoPaths.OutputOf("tests/plugins/Hub.TestPlugins.Broken"));
        File.WriteAllText(Path.Combine(folder, "plugin.json"),
            """{ "id": "old", "version": "1.0.0", "contractsVersion": "7.0.0", "entryAssembly": "Hub.TestPlugins.Broken.dll" }""");
        var plugin = Assert.Single(Load().Plugins);

        Assert.Equal(PluginStatus.Incompatible, plugin.Status);
        Assert.Contains("7.0.0", plugin.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "no plugin.json")]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{ "id": "x", "version": "1.0.0" }""", "lacks contractsVersion, entryAssembly")]
    [InlineData("""{ "id": "x", "version": "1.0.0", "contractsVersion": "1.0.0", "entryAssembly": "Missing.dll" }""", "'Missing.dll' not found")]
    public void A_folder_with_a_bad_manifest_is_faulted_with_the_reason(string? manifest, string reason)
    {
        var folder = Path.Combine(_root, "bad");
        Directory.CreateDirectory(folder);
        if (manifest is not null) File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest);
        var plugin = Assert.Single(Load().Plugins);

        Assert.Equal(PluginStatus.Faulted, plugin.Status);
        Assert.Contains(reason, plugin.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_plugin_with_an_id_already_loaded_is_refused()
    {
        Install("a-files", RepoPaths.OutputOf("plugins/Hub.Plugins.Files"));
        Install("b-files", RepoPaths.OutputOf("plugins/Hub.Plugins.Files"));
        var plugins = Load().Plugins;

        Assert.Equal(2, plugins.Count);
        Assert.Single(plugins, p => p.Status == PluginStatus.Loaded);
        Assert.Contains(plugins, p => p.Status == PluginStatus.Faulted && p.Message!.Contains("already loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void Folders_that_do_not_exist_are_simply_empty() =>
        Assert.Empty(PluginCatalogLoader.Load([new PluginFolder(Path.Combine(_root, "none"), PluginLocation.Installed)], NullLogger.Instance).Plugins);

    private PluginCatalog Load() => PluginCatalogLoader.Load([new PluginFolder(_root, PluginLocation.Installed)], NullLogger.Instance);

    private string Install(string name, string build)
    {
        var target = Path.Combine(_root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(build)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
