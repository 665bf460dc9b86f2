using Hub.Contracts;
using Hub.Core.Plugins;
using Hub.Pipeline.Connectors;
using Hub.Pipeline.Ingest;
using Hub.SampleData;

namespace Hub.Benchmarks.Micro;

/// <summary>
/// What the micro-benchmarks work on: a CSV file of <see cref="Rows"/> generated shop customers, the files connector loaded
/// from disk to read it, and the hub's services over a migrated database in a temp folder (deleted on dispose).
/// </summary>
internal sealed class MicroData : IAsyncDisposable
{
    /// <summary>One batch, as the files connector yields them.</summary>
    public const int Rows = 5000;

    // Enough generated customers that the shop alone has a batch's worth of rows.
    private const int Customers = 10_000;

    private readonly string _folder;

    private MicroData(string folder, string csvPath, HubServices hub, IConnector connector, ConnectorContext context)
    {
        _folder = folder;
        CsvPath = csvPath;
        Hub = hub;
        Connector = connector;
        Context = context;
    }

    public string CsvPath { get; }

    public HubServices Hub { get; }

    public IConnector Connector { get; }

    public ConnectorContext Context { get; }

    public static async Task<MicroData> CreateAsync()
    {
        var folder = BenchmarkPaths.NewTempFolder("micro");
        var sample = new SampleDataGenerator(new SampleDataOptions(Customers)).WriteCsv(Path.Combine(folder, "sample"));
        var csvPath = Path.Combine(folder, "shop-customers-5000.csv");
        // Generated values hold no line breaks, so the first lines are the header and the first rows.
        await File.WriteAllLinesAsync(csvPath, File.ReadLines(sample.Customers(SampleSources.Shop).Path).Take(Rows + 1));

        var hub = await HubServices.OpenAsync(Path.Combine(folder, "hub.db"), CancellationToken.None);
        var connector = ConnectorLookup.Require(hub.Get<IPluginCatalog>(), ImportService.FilesPluginId);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = csvPath, ["stream"] = "customers" };
        var context = hub.Get<ConnectorContextFactory>().Create("micro", SampleSources.Shop, ImportService.FilesPluginId, settings, connector);
        var data = new MicroData(folder, csvPath, hub, connector, context);
        var batch = await data.ReadAsync();
        return batch.Records.Count == Rows ? data : throw new InvalidOperationException($"read {batch.Records.Count} records from the micro-benchmark file, not {Rows}");
    }

    /// <summary>Reads the file through the connector into one batch (the final, empty batch that marks the file done is left out).</summary>
    public async Task<RecordBatch> ReadAsync()
    {
        RecordBatch? first = null;
        await foreach (var batch in Connector.ReadAsync(Context, Checkpoint.Start, CancellationToken.None))
        {
            first ??= batch;
        }

        return first ?? throw new InvalidOperationException("the connector read no batch");
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
