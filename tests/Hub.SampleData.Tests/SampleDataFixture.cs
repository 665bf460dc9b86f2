namespace Hub.SampleData.Tests;

/// <summary>One demo-sized data set, written once and shared by the tests that only read it.</summary>
public sealed class SampleDataFixture : IDisposable
{
    public const int Customers = 1_000;

    public SampleDataFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "hub-sampledata-" + Guid.NewGuid().ToString("N"));
        Generator = new SampleDataGenerator(new SampleDataOptions(Customers));
        Files = Generator.WriteCsv(Folder);
        People = Generator.People().ToList();
        Truth = SampleCsv.Read(Files.TruthPath);
        CustomerRows = SampleSources.All.SelectMany(source => SampleCsv.Read(Files.Customers(source).Path)
            .Select(row => (Source: source, Row: row))).ToList();
        Orders = SampleCsv.Read(Files.Orders.Path);
    }

    public string Folder { get; }
    public SampleDataGenerator Generator { get; }
    public SampleFiles Files { get; }
    public IReadOnlyList<SamplePerson> People { get; }
    public IReadOnlyList<Dictionary<string, string>> Truth { get; }
    public IReadOnlyList<(string Source, Dictionary<string, string> Row)> CustomerRows { get; }
    public IReadOnlyList<Dictionary<string, string>> Orders { get; }

    /// <summary>The person behind each (source, source_id), from truth.csv.</summary>
    public Dictionary<(string Source, string SourceId), int> PersonOf() =>
        Truth.ToDictionary(t => (t["source"], t["source_id"]), t => int.Parse(t["person"], System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
