using System.Text;
using Hub.Contracts;
using Hub.Contracts.Testing;

namespace Hub.Plugins.Files.Tests;

/// <summary>The files plugin against the conformance kit: a folder of two CSV files (customers and orders), read in small batches.</summary>
public sealed class FilesConformanceTests : ConnectorConformanceTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public FilesConformanceTests()
    {
        var customers = new StringBuilder("source_id,full_name,email\n");
        for (var i = 1; i <= 25; i++) customers.Append(Invariant(i)).Append(",Customer ").Append(Invariant(i)).Append(",c").Append(Invariant(i)).Append("@example.com\n");
        _folder.Write("customers.csv", customers.ToString());
        _folder.Write("orders.csv", "order_id,customer_source_id,ordered_at,amount,currency\nO-1,1,2024-01-01,10.50,EUR\nO-2,2,2024-02-01,20,EUR\nO-3,2,2024-03-01,5,USD\n");
    }

    protected override string PluginId => "files";

    protected override IHubPlugin CreatePlugin() => new FilesPlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string>
    {
        ["path"] = _folder.Path,
        ["batchSize"] = "10",
    };

    protected override IReadOnlyDictionary<string, string> RefusedSettings => new Dictionary<string, string>
    {
        ["path"] = Path.Combine(_folder.Path, "missing.csv"),
    };

    public void Dispose() => _folder.Dispose();

    private static string Invariant(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
