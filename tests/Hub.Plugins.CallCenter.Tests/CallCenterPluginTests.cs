using System.Text.Json;
using Hub.Contracts;

namespace Hub.Plugins.CallCenter.Tests;

public sealed class CallCenterPluginTests
{
    private sealed class Registry : IPluginRegistry
    {
        public string PluginId => "callcenter";
        public List<IConnector> Connectors { get; } = [];
        public void AddConnector(IConnector connector) => Connectors.Add(connector);
        public void AddMiner(IMiner miner) => throw new InvalidOperationException("the callcenter plugin has no miner");
    }

    [Fact]
    public void The_plugin_registers_one_connector_that_reads_files_and_receives_pushes()
    {
        var registry = new Registry();

        new CallCenterPlugin().Register(registry);

        var connector = Assert.IsType<CdrConnector>(Assert.Single(registry.Connectors));
        Assert.IsAssignableFrom<IPushReceiver>(connector);
        Assert.IsAssignableFrom<IRawRecordParser>(connector);
    }

    [Fact]
    public void The_settings_are_declared_with_descriptions_and_the_ingest_token_is_a_secret()
    {
        var settings = new CdrConnector().Settings;

        Assert.Equal(["path", "timeZone", "defaultRegion", "inboundContexts", "ingestToken", "batchSize"], settings.Select(s => s.Name));
        Assert.Equal(["path"], settings.Where(s => s.Required).Select(s => s.Name));
        Assert.Equal(["ingestToken"], settings.Where(s => s.Secret).Select(s => s.Name));
        Assert.Equal("UTC", settings.Single(s => s.Name == "timeZone").Default);
        Assert.Equal("from-external,from-pstn,from-trunk,ext-did", settings.Single(s => s.Name == "inboundContexts").Default);
        Assert.All(settings, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
    }

    [Fact]
    public void The_manifest_beside_the_plugin_names_its_id_contracts_version_and_entry_assembly()
    {
        var assembly = typeof(CallCenterPlugin).Assembly.Location;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(assembly)!, "plugin.json")));

        Assert.Equal("callcenter", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal("1.0.0", manifest.RootElement.GetProperty("contractsVersion").GetString());
        Assert.Equal(Path.GetFileName(assembly), manifest.RootElement.GetProperty("entryAssembly").GetString());
    }
}
