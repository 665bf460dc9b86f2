using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.GitHub.Tests;

public sealed class GitHubPluginTests
{
    private sealed class Registry : IPluginRegistry
    {
        public string PluginId => "github";
        public List<IConnector> Connectors { get; } = [];
        public void AddConnector(IConnector connector) => Connectors.Add(connector);
        public void AddMiner(IMiner miner) => throw new InvalidOperationException("the github plugin has no miner");
    }

    [Fact]
    public void The_plugin_registers_one_connector_whose_token_is_a_secret()
    {
        var registry = new Registry();

        new GitHubPlugin().Register(registry);

        var connector = Assert.IsType<GitHubConnector>(Assert.Single(registry.Connectors));
        Assert.Equal(["repos", "token", "baseUrl", "batchSize", "maxWaitSeconds"], connector.Settings.Select(s => s.Name));
        Assert.True(connector.Settings.Single(s => s.Name == "repos").Required);
        Assert.True(connector.Settings.Single(s => s.Name == "token").Secret);
        Assert.All(connector.Settings.Where(s => s.Name != "token"), s => Assert.False(s.Secret));
        Assert.All(connector.Settings, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
    }

    [Fact]
    public void The_manifest_beside_the_plugin_names_its_id_and_entry_assembly()
    {
        var assembly = typeof(GitHubPlugin).Assembly.Location;
        var folder = Path.GetDirectoryName(assembly)!;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "plugin.json")));

        Assert.Equal("github", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(Path.GetFileName(assembly), manifest.RootElement.GetProperty("entryAssembly").GetString());
        Assert.Equal("1.0.0", manifest.RootElement.GetProperty("contractsVersion").GetString());
        Assert.True(File.Exists(Path.Combine(folder, "Octokit.dll")));
    }
}
