using Hub.Contracts;
using Hub.Contracts.Testing;

namespace Hub.Connector1.Tests;

/// <summary>
/// The hub's conformance kit against this connector: a file of five customers and a line that is not one, read two
/// lines at a time. Point TestSettings at a local fake of your source once the connector reads a real one.
/// </summary>
public sealed class ConformanceTests : ConnectorConformanceTests, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"connector1-plugin-id-{Guid.NewGuid():N}.jsonl");

    public ConformanceTests() => File.WriteAllLines(_file,
    [
        """{"id": "1", "name": "Ada Lovelace", "email": "ada@example.com"}""",
        """{"id": "2", "name": "Alan Turing"}""",
        """{"id": "3", "name": "Grace Hopper", "email": "grace@example.com"}""",
        "not a customer",
        """{"id": "4", "name": "Edsger Dijkstra"}""",
        """{"id": "5", "name": "Barbara Liskov"}""",
    ]);

    protected override string PluginId => "connector1-plugin-id";

    protected override IHubPlugin CreatePlugin() => new SamplePlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["path"] = _file, ["batchSize"] = "2" };

    protected override IReadOnlyDictionary<string, string> RefusedSettings => new Dictionary<string, string> { ["path"] = _file + ".missing" };

    public void Dispose() => File.Delete(_file);
}
