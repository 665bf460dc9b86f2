using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.Files.Tests;

public sealed class FilesPluginTests
{
    private sealed class Registry : IPluginRegistry
    {
        public string PluginId => "files";
        public List<IConnector> Connectors { get; } = [];
        public void AddConnector(IConnector connector) => Connectors.Add(connector);
        public void AddMiner(IMiner miner) => throw new InvalidOperationException("the files plugin has no miner");
    }

    [Fact]
    public void The_plugin_registers_one_csv_connector_that_declares_its_settings()
    {
        var registry = new Registry();

        new FilesPlugin().Register(registry);

        var connector = Assert.IsType<CsvConnector>(Assert.Single(registry.Connectors));
        Assert.Equal(["path", "stream", "map", "pattern", "batchSize", "kind"], connector.Settings.Select(s => s.Name));
        Assert.True(connector.Settings.Single(s => s.Name == "path").Required);
        Assert.All(connector.Settings, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
    }

    [Fact]
    public void The_manifest_beside_the_plugin_names_its_id_entry_assembly_and_the_contracts_it_was_built_against()
    {
        var contracts = typeof(FilesPlugin).Assembly.GetReferencedAssemblies().Single(a => a.Name == "Hub.Contracts").Version!;
        var assembly = typeof(FilesPlugin).Assembly.Location;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(assembly)!, "plugin.json")));

        Assert.Equal("files", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(Path.GetFileName(assembly), manifest.RootElement.GetProperty("entryAssembly").GetString());
        Assert.Equal(contracts.ToString(3), manifest.RootElement.GetProperty("contractsVersion").GetString());
    }
}
