using Hub.Contracts;
using Hub.Contracts.Testing;

namespace Hub.Plugins.CallCenter.Tests;

/// <summary>The call-center plugin against the conformance kit: a morning's Master.csv plus generated calls, read two lines at a time.</summary>
public sealed class CallCenterConformanceTests : ConnectorConformanceTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public CallCenterConformanceTests() => _folder.Write("Master.csv", MasterCsv.Morning + Cdr.Lines(1, 6));

    protected override string PluginId => "callcenter";

    protected override IHubPlugin CreatePlugin() => new CallCenterPlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string>
    {
        ["path"] = _folder.PathOf("Master.csv"),
        ["batchSize"] = "2",
    };

    protected override IReadOnlyDictionary<string, string> RefusedSettings => new Dictionary<string, string>
    {
        ["path"] = _folder.PathOf("missing.csv"),
    };

    public void Dispose() => _folder.Dispose();
}
