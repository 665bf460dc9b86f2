using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Testing;

namespace Hub.Server.Tests;

/// <summary>Broken plugins installed in the data dir are reported, and the hub keeps working with the others.</summary>
public sealed class PluginFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HubProcess _hub;

    public PluginFaultTests()
    {
        _hub = new HubProcess(Path.Combine(_folder.Path, "data"));
        InstallPlugin("broken", manifest => manifest);
        InstallPlugin("future", manifest =>
        {
            manifest["id"] = "future";
            manifest["contractsVersion"] = "99.0.0";
            return manifest;
        });
    }

    [Fact]
    public async Task Hub_plugins_reports_faulted_and_incompatible_plugins_beside_the_loaded_ones()
    {
        var plugins = (await _hub.RunAsync("plugins")).AssertSuccess().Stdout;
        var lines = plugins.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("files ", StringComparison.Ordinal) && l.Contains("loaded", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("broken ", StringComparison.Ordinal) && l.Contains("faulted", StringComparison.Ordinal)
            && l.Contains("broken on purpose", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("future ", StringComparison.Ordinal) && l.Contains("incompatible", StringComparison.Ordinal)
            && l.Contains("99.0.0", StringComparison.Ordinal));

        // ...and the hub still works with the plugins that did load.
        var csv = _folder.Write("customers.csv", SampleCsv.Customers);
        (await _hub.RunAsync("import", "customers", csv, "--source", "shop")).AssertSuccess();
    }

    [Fact]
    public async Task The_plugins_query_reports_every_plugin_status_while_the_hub_serves()
    {
        var key = (await _hub.RunAsync("apikey", "create", "--role", "reader")).AssertSuccess().LastLine;
        await using var server = await _hub.ServeAsync();
        var data = await server.QueryAsync("{ plugins { id version status message } }", key);

        var byId = data.GetProperty("plugins").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal("LOADED", byId["files"].GetProperty("status").GetString());
        Assert.Equal("FAULTED", byId["broken"].GetProperty("status").GetString());
        Assert.Contains("broken on purpose", byId["broken"].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("INCOMPATIBLE", byId["future"].GetProperty("status").GetString());
        Assert.Contains("rebuild the plugin", byId["future"].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    // The broken test plugin, installed under folderName with its manifest edited.
    private void InstallPlugin(string folderName, Func<JsonObject, JsonObject> editManifest)
    {
        var target = _hub.InstallPlugin("tests/plugins/Hub.TestPlugins.Broken", folderName);
        var manifestPath = Path.Combine(target, "plugin.json");
        var manifest = editManifest(JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject());
        File.WriteAllText(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public void Dispose() => _folder.Dispose();
}
