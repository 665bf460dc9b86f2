using Hub.Server.Tests;

namespace Hub.Linkage.Tests;

/// <summary>
/// The user's path from files to customers, in a fresh data directory: <c>hub import customers</c> per file,
/// <c>hub resolve</c>, <c>hub export clusters</c>. What each command printed goes to the test output.
/// </summary>
internal sealed class HubPipeline : IDisposable
{
    private readonly TempFolder _folder = new();
    // Resolving thousands of records with the fuzzy engine may take minutes on a busy machine.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    private readonly HubProcess _hub;

    public HubPipeline() => _hub = new HubProcess(Path.Combine(_folder.Path, "hub-data"));

    /// <summary>A scratch folder of the test, removed with the pipeline (for generated or preprocessed inputs).</summary>
    public string WorkFolder => _folder.Path;

    /// <summary>Imports one customer file under <paramref name="source"/>, renaming columns with <paramref name="map"/> (<c>col=field,...</c>).</summary>
    public async Task ImportAsync(string file, string source, string? map = null)
    {
        string[] args = map is null
            ? ["import", "customers", file, "--source", source]
            : ["import", "customers", file, "--source", source, "--map", map];
        var result = (await _hub.RunAsync(Limit, args)).AssertSuccess();
        TestContext.Current.TestOutputHelper?.WriteLine(result.LastLine);
    }

    /// <summary>Resolves and exports; returns each record's customer id as the hub assigned it.</summary>
    public async Task<Dictionary<RecordKey, string>> ResolveAsync()
    {
        var resolved = (await _hub.RunAsync(Limit, "resolve")).AssertSuccess();
        TestContext.Current.TestOutputHelper?.WriteLine(resolved.LastLine);

        var export = Path.Combine(_folder.Path, "clusters.csv");
        (await _hub.RunAsync(Limit, "export", "clusters", export)).AssertSuccess();
        return ReadClusters(export);
    }

    public void Dispose() => _folder.Dispose();

    private static Dictionary<RecordKey, string> ReadClusters(string path)
    {
        var table = CsvTable.Read(path);
        int source = table.Column("source"), sourceId = table.Column("source_id"), customer = table.Column("customer_id");
        var clusters = new Dictionary<RecordKey, string>();
        foreach (var row in table.Rows)
        {
            Assert.False(string.IsNullOrEmpty(row[customer]), $"{path}: {row[source]}/{row[sourceId]} has no customer_id");
            Assert.True(clusters.TryAdd(new RecordKey(row[source], row[sourceId]), row[customer]),
                $"{path} lists {row[source]}/{row[sourceId]} twice");
        }

        return clusters;
    }
}
